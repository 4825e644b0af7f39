<?php
/**
 * One setting, under Settings › Reading: load the script from the CDN or serve the copy
 * bundled with the plugin (for sites that allow no third-party scripts).
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the setting and its field.
 */
function joint_statement_register_setting() {
	register_setting(
		'reading',
		'joint_statement_script_source',
		array(
			'type'              => 'string',
			'default'           => 'cdn',
			'sanitize_callback' => 'joint_statement_sanitize_script_source',
		)
	);
	add_settings_field(
		'joint_statement_script_source',
		__( 'Joint statement script', 'joint-statement' ),
		'joint_statement_script_source_field',
		'reading'
	);
}
add_action( 'admin_init', 'joint_statement_register_setting' );

/**
 * Keeps the option to its two values.
 *
 * @param mixed $value Submitted value.
 * @return string
 */
function joint_statement_sanitize_script_source( $value ) {
	return 'bundled' === $value ? 'bundled' : 'cdn';
}

/**
 * Prints the two choices.
 */
function joint_statement_script_source_field() {
	$current = joint_statement_script_source();
	$choices = array(
		'cdn'     => __( 'From the CDN, pinned to this release by its integrity hash', 'joint-statement' ),
		'bundled' => __( 'From this site (the copy bundled with the plugin)', 'joint-statement' ),
	);
	echo '<fieldset>';
	foreach ( $choices as $value => $label ) {
		printf(
			'<label><input type="radio" name="joint_statement_script_source" value="%1$s"%2$s> %3$s</label><br>',
			esc_attr( $value ),
			checked( $current, $value, false ),
			esc_html( $label )
		);
	}
	echo '</fieldset>';
}
