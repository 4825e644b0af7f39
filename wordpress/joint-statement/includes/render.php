<?php
/**
 * The element with its full-text fallback, from attributes checked against the build's values.
 * The shortcode and the block both render through here.
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
 * @param array $raw Keys 'lang', 'heading-level', 'preview-count', 'theme'; any may be missing.
 * @return array<string, string> The element's attributes, defaults left out.
 */
function joint_statement_attributes( $raw ) {
	$limits     = joint_statement_data()['attributes'];
	$attributes = array();

	$lang = isset( $raw['lang'] ) ? strtolower( trim( (string) $raw['lang'] ) ) : '';
	// A region is fine (es-VE shows Spanish); the language itself must be one of the statement's.
	if ( preg_match( '/^([a-z]{2,3})(-[a-z0-9]{1,8})*$/', $lang, $match ) && in_array( $match[1], joint_statement_languages(), true ) ) {
		$attributes['lang'] = $lang;
	}

	$level = joint_statement_integer( $raw, 'heading-level' );
	if ( null !== $level && $level >= $limits['headingLevel']['min'] && $level <= $limits['headingLevel']['max'] && $level !== $limits['headingLevel']['default'] ) {
		$attributes['heading-level'] = (string) $level;
	}

	$count = joint_statement_integer( $raw, 'preview-count' );
	if ( null !== $count ) {
		// More than the statement's signatories shows them all, as the count itself does.
		$count = min( $count, joint_statement_data()['signatories'] );
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
 * The language the fallback is written in: the chosen one, else the site's if the statement has
 * it, else the original. The element makes the same choice once its script runs.
 *
 * @param array<string, string> $attributes From joint_statement_attributes().
 * @return string
 */
function joint_statement_fallback_language( $attributes ) {
	$wanted = isset( $attributes['lang'] ) ? $attributes['lang'] : strtolower( str_replace( '_', '-', get_locale() ) );
	$base   = explode( '-', $wanted )[0];
	return in_array( $base, joint_statement_languages(), true ) ? $base : joint_statement_data()['original'];
}

/**
 * The <joint-statement> element with the full text inside, and its script queued once.
 *
 * @param array $raw Unchecked attributes (shortcode or block).
 * @return string HTML on one logical block: no blank line for wpautop to split.
 */
function joint_statement_render( $raw ) {
	$attributes = joint_statement_attributes( $raw );
	$level      = isset( $attributes['heading-level'] ) ? (int) $attributes['heading-level'] : joint_statement_data()['attributes']['headingLevel']['default'];

	joint_statement_enqueue_script();

	// The statement first: the element shows the statement it names (one page may have several).
	$html = '<joint-statement statement="' . esc_attr( joint_statement_data()['id'] ) . '"';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '>' . joint_statement_full_text( joint_statement_fallback_language( $attributes ), $level ) . '</joint-statement>';
}
