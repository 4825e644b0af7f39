<?php
/**
 * The element's script: the release pinned by its integrity hash, from the CDN or from the copy
 * bundled with the plugin (self-hosting). Queued only on pages that show the statement, and once
 * however many times it appears.
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Where the script comes from: 'cdn' (default) or 'bundled' (Settings › Reading).
 *
 * @return string
 */
function joint_statement_script_source() {
	$source = get_option( 'joint_statement_script_source', 'cdn' );
	return 'bundled' === $source ? 'bundled' : 'cdn';
}

/**
 * Registers the script for the footer: with `defer` it would not block rendering anywhere, and
 * the footer still works on classic themes that render the content after wp_head.
 */
function joint_statement_register_script() {
	$data = joint_statement_data();
	if ( 'bundled' === joint_statement_script_source() ) {
		wp_register_script( 'joint-statement', JOINT_STATEMENT_URL . 'assets/joint-statement.js', array(), $data['version'], true );
	} else {
		// No ?ver= on a versioned CDN address: the URL already names the release.
		wp_register_script( 'joint-statement', $data['script']['url'], array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}
}
add_action( 'init', 'joint_statement_register_script' );

/**
 * Queues the script; WordPress prints a handle once per page however often this runs.
 */
function joint_statement_enqueue_script() {
	if ( ! wp_script_is( 'joint-statement', 'registered' ) ) {
		joint_statement_register_script();
	}
	wp_enqueue_script( 'joint-statement' );
}

/**
 * Adds integrity, crossorigin and defer to the script's tag: the browser runs the file only if
 * its bytes are the release's, so the signed text cannot change behind the page.
 *
 * @param string $tag    The <script> tag.
 * @param string $handle Its handle.
 * @return string
 */
function joint_statement_script_tag( $tag, $handle ) {
	if ( 'joint-statement' !== $handle ) {
		return $tag;
	}
	$pinned = sprintf( '<script integrity="%s" crossorigin="anonymous" defer', esc_attr( joint_statement_data()['script']['integrity'] ) );
	// The tag with a src, whatever comes first: `<script type='text/javascript' src=…>` on classic
	// themes, `<script src=…>` where the theme declares html5 script support (every block theme).
	// Inline scripts WordPress prints beside it (before/after, translations) are left alone.
	return preg_replace( '/<script(?=(?:\s[^>]*)?\ssrc=)/', $pinned, $tag, 1 );
}
add_filter( 'script_loader_tag', 'joint_statement_script_tag', 10, 2 );
