<?php
/**
 * The element with its full-text fallback, for the statement the shortcode or block names, from
 * attributes checked against the build's values. The shortcode and the block both render here.
 *
 * @package JointStatement
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Keeps only attribute values the element accepts; anything else falls back to the element's
 * default (the attribute is left out), as the element itself would do.
 *
 * @param array $statement From joint_statement_statements().
 * @param array $raw       Keys 'lang', 'heading-level', 'preview-count', 'theme'; any may be missing.
 * @return array<string, string> The element's attributes, defaults left out.
 */
function joint_statement_attributes( $statement, $raw ) {
	$limits     = joint_statement_data()['attributes'];
	$attributes = array();

	$lang = isset( $raw['lang'] ) ? strtolower( trim( (string) $raw['lang'] ) ) : '';
	// A region is fine (es-VE shows Spanish); the language itself must be one of the statement's.
	if ( preg_match( '/^([a-z]{2,3})(-[a-z0-9]{1,8})*$/', $lang, $match ) && in_array( $match[1], joint_statement_languages( $statement ), true ) ) {
		$attributes['lang'] = $lang;
	}

	$level = joint_statement_integer( $raw, 'heading-level' );
	if ( null !== $level && $level >= $limits['headingLevel']['min'] && $level <= $limits['headingLevel']['max'] && $level !== $limits['headingLevel']['default'] ) {
		$attributes['heading-level'] = (string) $level;
	}

	$count = joint_statement_integer( $raw, 'preview-count' );
	if ( null !== $count ) {
		// More than the statement's signatories shows them all, as the count itself does.
		$count = min( $count, $statement['signatories'] );
	}
	if ( null !== $count && $count >= $limits['previewCount']['min'] && $count !== $limits['previewCount']['default'] ) {
		$attributes['preview-count'] = (string) $count;
	}

	$theme = isset( $raw['theme'] ) ? sanitize_key( $raw['theme'] ) : '';
	if ( in_array( $theme, $limits['theme']['values'], true ) && $theme !== $limits['theme']['default'] ) {
		$attributes['theme'] = $theme;
	}

	return $attributes;
}

/**
 * A whole number from an attribute, or null when it is missing or not a whole number.
 *
 * @param array  $raw  Attributes.
 * @param string $name Attribute name.
 * @return int|null
 */
function joint_statement_integer( $raw, $name ) {
	if ( ! isset( $raw[ $name ] ) || ! is_scalar( $raw[ $name ] ) ) {
		return null;
	}
	$value = trim( (string) $raw[ $name ] );
	return ctype_digit( $value ) ? absint( $value ) : null;
}

/**
 * The language the fallback is written in, as the element chooses once its script runs: its own
 * lang if it has one (the attribute, already checked), else the page's (the nearest ancestor's
 * lang, which here is the <html lang> WordPress prints), else the statement's original.
 *
 * @param array                 $statement  From joint_statement_statements().
 * @param array<string, string> $attributes From joint_statement_attributes().
 * @return string
 */
function joint_statement_fallback_language( $statement, $attributes ) {
	$wanted = isset( $attributes['lang'] ) ? $attributes['lang'] : joint_statement_page_language();
	$lang   = joint_statement_match_language( $wanted, joint_statement_languages( $statement ) );
	return null === $lang ? $statement['original'] : $lang;
}

/**
 * The page's lang as language_attributes() prints it on <html>, filters included (multilingual
 * plugins set it there).
 *
 * @return string
 */
function joint_statement_page_language() {
	return preg_match( '/(?:^|\s)lang="([^"]*)"/', get_language_attributes( 'html' ), $match ) ? $match[1] : '';
}

/**
 * Which of the statement's languages a lang asks for: the element's matchLanguage()
 * (src/pick-language.ts), whose test runs both on the same cases. Matching is on the primary
 * subtag, so es-VE and pt_BR find the statement's Spanish and Portuguese.
 *
 * @param string   $requested A lang, e.g. 'es-VE'.
 * @param string[] $available The statement's language codes.
 * @return string|null
 */
function joint_statement_match_language( $requested, $available ) {
	$primary = strtolower( preg_split( '/[-_]/', trim( (string) $requested ) )[0] );
	return in_array( $primary, $available, true ) ? $primary : null;
}

/**
 * The statement a shortcode or block names: the one with that id, or with no id the only one.
 * Never a guess among several.
 *
 * @param string $id The id given, '' when none.
 * @return array{statement?: array, problem?: string} The statement, or why there is none (for editors).
 */
function joint_statement_pick( $id ) {
	$statements = joint_statement_statements();
	if ( '' === $id && 1 === count( $statements ) ) {
		return array( 'statement' => reset( $statements ) );
	}
	if ( isset( $statements[ $id ] ) ) {
		return array( 'statement' => $statements[ $id ] );
	}
	if ( '' === $id ) {
		/* translators: followed by the list of statements the plugin carries. */
		return array( 'problem' => __( 'This site has several statements: say which one this is. Use one of these:', 'joint-statement' ) );
	}
	/* translators: %s: the statement id given; followed by the list of statements the plugin carries. */
	return array( 'problem' => sprintf( __( 'There is no statement "%s" in the Joint Statement plugin. Use one of these:', 'joint-statement' ), $id ) );
}

/**
 * What a misplaced shortcode or block shows: for people who may edit the post, the problem and
 * the shortcodes that work; for readers nothing at all (never another statement's words).
 *
 * @param string $problem From joint_statement_pick().
 * @return string HTML.
 */
function joint_statement_notice( $problem ) {
	$post = function_exists( 'get_post' ) ? get_post() : null;
	if ( ! ( $post ? current_user_can( 'edit_post', $post->ID ) : current_user_can( 'edit_posts' ) ) ) {
		return '';
	}
	$items = '';
	foreach ( joint_statement_statements() as $id => $statement ) {
		// Brackets as character references: in a block, WordPress runs the shortcodes after.
		$items .= sprintf( '<li><code>&#91;joint-statement id="%1$s"&#93;</code> %2$s</li>', esc_html( $id ), esc_html( joint_statement_title( $statement ) ) );
	}
	return sprintf(
		'<div class="joint-statement-notice"><p><strong>%1$s</strong> %2$s</p><ul>%3$s</ul><p>%4$s</p></div>',
		esc_html__( 'Joint statement:', 'joint-statement' ),
		esc_html( $problem ),
		$items,
		esc_html__( 'In the block, choose the statement in its settings. Only people who can edit this post see this message; readers see nothing here.', 'joint-statement' )
	);
}

/**
 * The <joint-statement> element with the full text inside, and its statement's script queued once.
 *
 * @param array $raw Unchecked attributes (shortcode or block), 'id' naming the statement.
 * @return string HTML on one logical block: no blank line for wpautop to split.
 */
function joint_statement_render( $raw ) {
	$id     = isset( $raw['id'] ) && is_scalar( $raw['id'] ) ? sanitize_key( $raw['id'] ) : '';
	$picked = joint_statement_pick( $id );
	if ( ! isset( $picked['statement'] ) ) {
		return joint_statement_notice( $picked['problem'] );
	}
	$statement  = $picked['statement'];
	$attributes = joint_statement_attributes( $statement, $raw );
	$level      = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : joint_statement_data()['attributes']['headingLevel']['default'];

	joint_statement_enqueue_script( $statement['id'] );

	// The statement first: the element shows the statement it names (one page may have several).
	$html = '<joint-statement statement="' . esc_attr( $statement['id'] ) . '"';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . joint_statement_full_text( $statement, joint_statement_fallback_language( $statement, $attributes ), $level ) . '</joint-statement>';
}
