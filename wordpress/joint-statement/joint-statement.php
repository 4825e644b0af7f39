<?php
/**
 * Plugin Name:       Joint Statement
 * Description:       Shows the joint statement with its translations and signatories: a [joint-statement] shortcode and a block, usable by authors, with the full text for readers without JavaScript.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       joint-statement
 * Domain Path:       /languages
 *
 * @package JointStatement
 */

// Loaded by WordPress only: a direct request for this file prints nothing.
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'JOINT_STATEMENT_DIR', plugin_dir_path( __FILE__ ) );
define( 'JOINT_STATEMENT_URL', plugin_dir_url( __FILE__ ) );

require_once JOINT_STATEMENT_DIR . 'includes/data.php';
require_once JOINT_STATEMENT_DIR . 'includes/render.php';
require_once JOINT_STATEMENT_DIR . 'includes/script.php';
require_once JOINT_STATEMENT_DIR . 'includes/settings.php';
require_once JOINT_STATEMENT_DIR . 'includes/shortcode.php';
require_once JOINT_STATEMENT_DIR . 'includes/block.php';

/**
 * Loads the plugin's translations (its own labels; the statement's languages are in the element).
 */
function joint_statement_load_textdomain() {
	load_plugin_textdomain( 'joint-statement', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'joint_statement_load_textdomain' );
