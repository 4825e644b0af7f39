<?php
/**
 * What the build wrote for this release: every statement of the build, each with its pinned
 * script, languages, titles and signatory count, and the values each attribute accepts
 * (data/statements.json), and each statement's full text per language (data/<id>/full-text/).
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The build's data/statements.json, read once per request.
 *
 * @return array{version: string, attributes: array, headingRenames: array<int, array<string, string>>, statements: array<int, array{id: string, original: string, titles: array<string, string>, languages: array<int, array{lang: string, name: string}>, signatories: int, script: array{url: string, integrity: string}}>}
 */
function joint_statement_data() {
	static $data = null;
	if ( null === $data ) {
		$data = json_decode( (string) file_get_contents( JOINT_STATEMENT_DIR . 'data/statements.json' ), true );
	}
	return $data;
}

/**
 * The statements this plugin carries, by id, in the build's order.
 *
 * @return array<string, array> Each as in joint_statement_data()['statements'].
 */
function joint_statement_statements() {
	return array_column( joint_statement_data()['statements'], null, 'id' );
}

/**
 * One statement's language codes, original first as the build lists them.
 *
 * @param array $statement From joint_statement_statements().
 * @return string[]
 */
function joint_statement_languages( $statement ) {
	return wp_list_pluck( $statement['languages'], 'lang' );
}

/**
 * A statement's title for the person reading the screen: in their language if the statement has
 * it, else in its original.
 *
 * @param array $statement From joint_statement_statements().
 * @return string
 */
function joint_statement_title( $statement ) {
	$lang = explode( '_', determine_locale() )[0];
	return isset( $statement['titles'][ $lang ] ) ? $statement['titles'][ $lang ] : $statement['titles'][ $statement['original'] ];
}

/**
 * A statement as plain HTML in one language, its headings at the level the page needs: what
 * readers get before the script runs or when it cannot run.
 *
 * @param array  $statement     From joint_statement_statements().
 * @param string $lang          One of joint_statement_languages( $statement ).
 * @param int    $heading_level The statement's heading level; the signatory heading is one below.
 * @return string HTML, filtered through joint_statement_allowed_html().
 */
function joint_statement_full_text( $statement, $lang, $heading_level ) {
	$file = JOINT_STATEMENT_DIR . 'data/' . $statement['id'] . '/full-text/' . $lang . '.html';
	if ( ! in_array( $lang, joint_statement_languages( $statement ), true ) || ! is_readable( $file ) ) {
		return '';
	}
	$html = (string) file_get_contents( $file );
	// The build writes h2 and h3 and, for each level, the renames to apply (src/heading-levels.js):
	// strtr renames every tag at once, so h2 -> h3 and h3 -> h4 never chain.
	$renames = joint_statement_data()['headingRenames'];
	$html    = strtr( $html, isset( $renames[ $heading_level ] ) ? $renames[ $heading_level ] : array() );
	// No blank lines: nothing for an auto-paragraph filter running after us to split.
	$html = preg_replace( '/\n\s*/', "\n", trim( $html ) );
	// Brackets as character references: WordPress runs the shortcodes over a post after its blocks
	// are rendered, and a bracketed word in the statement ("[Venezuela]") must stay a word, never
	// become another plugin's shortcode. Readers see the same brackets.
	return strtr( wp_kses( $html, joint_statement_allowed_html() ), array( '[' => '&#91;', ']' => '&#93;' ) );
}

/**
 * The markup the fallback may carry: what WordPress allows in posts, plus <time datetime>.
 *
 * @return array
 */
function joint_statement_allowed_html() {
	$allowed         = wp_kses_allowed_html( 'post' );
	$allowed['time'] = array( 'datetime' => true );
	return $allowed;
}
