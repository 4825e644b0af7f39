<?php
/**
 * [joint-statement lang="es" preview-count="5" heading-level="3" theme="dark"]: the plugin writes
 * the markup, so authors without unfiltered_html can place the statement too.
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Renders the shortcode.
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function joint_statement_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'lang'          => '',
			'heading-level' => '',
			'preview-count' => '',
			'theme'         => '',
		),
		$atts,
		'joint-statement'
	);
	return joint_statement_render( $atts );
}
add_shortcode( 'joint-statement', 'joint_statement_shortcode' );
