<?php
/**
 * Each statement's script: the release pinned by its integrity hash, from the CDN or from the
 * copy bundled with the plugin (self-hosting). Queued only on pages that show that statement,
 * and once however many times it appears.
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Where the scripts come from: 'cdn' (default) or 'bundled' (Settings › Reading).
 *
 * @return string
 */
function joint_statement_script_source() {
	$source = get_option( 'joint_statement_script_source', 'cdn' );
	return 'bundled' === $source ? 'bundled' : 'cdn';
}

/**
 * A statement's script handle.
 *
 * @param string $id The statement's id.
 * @return string
 */
function joint_statement_script_handle( $id ) {
	return 'joint-statement-' . $id;
}

/**
 * Registers every statement's script for the footer: with `defer` it would not block rendering
 * anywhere, and the footer still works on classic themes that render the content after wp_head.
 */
function joint_statement_register_scripts() {
	$bundled = 'bundled' === joint_statement_script_source();
	foreach ( joint_statement_statements() as $id => $statement ) {
		if ( $bundled ) {
			wp_register_script( joint_statement_script_handle( $id ), JOINT_STATEMENT_URL . 'assets/' . $id . '/joint-statement.js', array(), joint_statement_data()['version'], true );
		} else {
			// No ?ver= on a versioned CDN address: the URL already names the release.
			wp_register_script( joint_statement_script_handle( $id ), $statement['script']['url'], array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
		}
	}
}
add_action( 'init', 'joint_statement_register_scripts' );

/**
 * Queues a statement's script; WordPress prints a handle once per page however often this runs.
 *
 * @param string $id The statement's id.
 */
function joint_statement_enqueue_script( $id ) {
	if ( ! wp_script_is( joint_statement_script_handle( $id ), 'registered' ) ) {
		joint_statement_register_scripts();
	}
	wp_enqueue_script( joint_statement_script_handle( $id ) );
}

/**
 * Adds integrity, crossorigin and defer to a statement script's tag: the browser runs the file
 * only if its bytes are the release's, so the signed text cannot change behind the page.
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function joint_statement_script_tag( $tag, $handle ) {
	foreach ( joint_statement_statements() as $id => $statement ) {
		if ( joint_statement_script_handle( $id ) === $handle ) {
			$pinned = sprintf( '<script integrity="%s" crossorigin="anonymous" defer', esc_attr( $statement['script']['integrity'] ) );
			// The tag with a src, whatever comes first: `<script type='text/javascript' src=…>` on
			// classic themes, `<script src=…>` where the theme declares html5 script support (every
			// block theme). Inline scripts WordPress prints beside it are left alone.
			return preg_replace( '/<script(?=(?:\s[^>]*)?\ssrc=)/', $pinned, $tag, 1 );
		}
	}
	return $tag;
}
add_filter( 'script_loader_tag', 'joint_statement_script_tag', 10, 2 );
