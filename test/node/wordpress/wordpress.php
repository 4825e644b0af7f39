<?php
// WordPress's own code from Debian's `wordpress` package, loaded without a database or a web
// server: hooks, options (from the scenario), formatting, kses, shortcodes, theme supports and
// the script printer (WP_Scripts), with the built plugin's includes on top. Reads a scenario as
// JSON on stdin and prints what WordPress would put on the page, as JSON.
//
// Scenario: {
//   "plugin": "<the built plugin's folder>",
//   "html5": true|false            the theme declares add_theme_support( 'html5', array( 'script' ) ),
//   "options": { "<name>": value } get_option() answers, e.g. joint_statement_script_source,
//   "locale": "es_ES",             the site's language,
//   "pageLang": "pt-BR",           the page's <html lang> as a multilingual plugin sets it (language_attributes),
//   "canEdit": true|false          the visitor may edit the post (an editor looking at it),
//   "shortcodes": { "<tag>": "<output>" } other plugins' shortcodes,
//   "content": [ { "shortcode": "[…]" } | { "block": { …attributes } } ]
// }
// Prints { "content": [ "<html>", … ] (each item as the_content would print it),
//          "footer": "<the scripts printed at the end of the page>" }.

$jsti_scenario = json_decode( stream_get_contents( STDIN ), true );

define( 'ABSPATH', '/usr/share/wordpress/' );
define( 'WPINC', 'wp-includes' );
define( 'WP_DEBUG', true ); // _doing_it_wrong() and deprecations are errors here.
error_reporting( E_ALL );
set_error_handler(
	function ( $severity, $message, $file, $line ) {
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);

require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/cache.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/l10n.php';
require ABSPATH . WPINC . '/pomo/translations.php';
require ABSPATH . WPINC . '/class-wp-list-util.php';
require ABSPATH . WPINC . '/theme.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/class-wp-dependency.php';
require ABSPATH . WPINC . '/class-wp-dependencies.php';
require ABSPATH . WPINC . '/class-wp-scripts.php';
require ABSPATH . WPINC . '/functions.wp-scripts.php';
require ABSPATH . WPINC . '/general-template.php';

// The options WordPress reads in bulk (the charset for escaping), from an in-memory cache.
wp_cache_init();
wp_cache_set( 'alloptions', array( 'blog_charset' => 'UTF-8' ), 'options' );

// Options come from the scenario; any other one is missing (its default), as on a new site.
add_filter(
	'pre_option',
	function ( $pre, $option, $default ) use ( $jsti_scenario ) {
		$options = ( $jsti_scenario['options'] ?? array() ) + array( 'blog_charset' => 'UTF-8' );
		if ( array_key_exists( $option, $options ) ) {
			return $options[ $option ];
		}
		return false === $default ? '' : $default;
	},
	10,
	3
);

// No translation of the plugin installed: its own English (finding one would need a database).
$l10n['joint-statement'] = new NOOP_Translations(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride
$locale = $jsti_scenario['locale'] ?? 'en_US'; // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- WordPress's own global for get_locale().

// Capabilities need users from a database: the scenario says whether the visitor may edit.
function current_user_can( $capability ) {
	global $jsti_scenario;
	return in_array( $capability, array( 'edit_posts', 'edit_post' ), true ) && ! empty( $jsti_scenario['canEdit'] );
}

// No post is being shown: the plugin then asks whether the visitor may edit posts at all.
function get_post() {
	return null;
}

if ( ! empty( $jsti_scenario['html5'] ) ) {
	add_theme_support( 'html5', array( 'script', 'style' ) );
}

if ( isset( $jsti_scenario['pageLang'] ) ) {
	add_filter(
		'language_attributes',
		function () use ( $jsti_scenario ) {
			return 'lang="' . esc_attr( $jsti_scenario['pageLang'] ) . '"';
		}
	);
}

foreach ( $jsti_scenario['shortcodes'] ?? array() as $jsti_tag => $jsti_output ) {
	add_shortcode(
		$jsti_tag,
		function () use ( $jsti_output ) {
			return $jsti_output;
		}
	);
}

// The plugin as joint-statement.php loads it; plugin_dir_url() needs a site, so a fixed one.
$jsti_plugin = rtrim( $jsti_scenario['plugin'], '/' ) . '/';
define( 'JOINT_STATEMENT_DIR', $jsti_plugin );
define( 'JOINT_STATEMENT_URL', 'https://partner.example/wp-content/plugins/joint-statement/' );
foreach ( glob( $jsti_plugin . 'includes/*.php' ) as $jsti_file ) {
	require_once $jsti_file;
}

// WordPress's init, less the block's registration (block.json needs a whole site).
remove_action( 'init', 'joint_statement_register_block' );
do_action( 'init' );

// What the_content does with a post: blocks first (priority 9), then the shortcodes (11).
$jsti_content = array();
foreach ( $jsti_scenario['content'] ?? array() as $jsti_item ) {
	if ( isset( $jsti_item['block'] ) ) {
		$jsti_html = joint_statement_render_block( $jsti_item['block'] );
	} else {
		$jsti_html = $jsti_item['shortcode'];
	}
	$jsti_content[] = do_shortcode( $jsti_html );
}

ob_start();
wp_scripts()->do_head_items();
wp_scripts()->do_footer_items();
$jsti_footer = ob_get_clean();

echo wp_json_encode(
	array(
		'content' => $jsti_content,
		'footer'  => $jsti_footer,
	)
);
