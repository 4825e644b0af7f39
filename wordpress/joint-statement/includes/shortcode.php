<?php
/**
 * [joint-statement id="…" lang="es" preview-count="5" heading-level="3" theme="dark"]: the plugin
 * writes the markup, so authors without unfiltered_html can place a statement too. `id` names
 * the statement; it may be left out while the plugin carries only one.
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
			'id'            => '',
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
