<?php
/**
 * Plugins › Delete: removes what the plugin stored (its setting), so nothing of it stays in the
 * site's database. Deactivating keeps it; only deleting runs this.
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'joint_statement_script_source' );
