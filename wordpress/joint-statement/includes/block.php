<?php
/**
 * The "Joint statement" block: dynamic, rendered on each view by the same PHP as the shortcode,
 * so what is saved in the post is only the block's attributes (nothing kses could strip).
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers the block from block.json and hands the editor the statements and the values the
 * build allows.
 */
function joint_statement_register_block() {
	$block = register_block_type( JOINT_STATEMENT_DIR . 'block', array( 'render_callback' => 'joint_statement_render_block' ) );
	if ( ! $block ) {
		return;
	}
	$data       = joint_statement_data();
	$statements = array();
	foreach ( joint_statement_statements() as $id => $statement ) {
		$statements[] = array(
			'id'          => $id,
			'title'       => joint_statement_title( $statement ),
			'languages'   => $statement['languages'],
			'signatories' => $statement['signatories'],
		);
	}
	wp_add_inline_script(
		generate_block_asset_handle( 'joint-statement/statement', 'editorScript' ),
		'window.jointStatementEditor = ' . wp_json_encode(
			array(
				'statements' => $statements,
				'attributes' => $data['attributes'],
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( generate_block_asset_handle( 'joint-statement/statement', 'editorScript' ), 'joint-statement' );
}
add_action( 'init', 'joint_statement_register_block' );

/**
 * Renders the block.
 *
 * @param array $attributes Block attributes (camelCase, as in block.json).
 * @return string
 */
function joint_statement_render_block( $attributes ) {
	return joint_statement_render(
		array(
			'id'            => isset( $attributes['statement'] ) ? $attributes['statement'] : '',
			'lang'          => isset( $attributes['lang'] ) ? $attributes['lang'] : '',
			'heading-level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : '',
			'preview-count' => isset( $attributes['previewCount'] ) ? $attributes['previewCount'] : '',
			'theme'         => isset( $attributes['theme'] ) ? $attributes['theme'] : '',
		)
	);
}
