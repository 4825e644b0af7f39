<?php
// The WordPress side of the check, run with php-cli: `php site.php install` creates the site,
// `php site.php posts < cases.json` saves each case as its user through its editor's path and
// prints what was saved, `php site.php option NAME VALUE` sets an option, `php site.php cookies
// LOGIN` prints a login session's cookies, `php site.php uninstall` deletes the plugin as
// Plugins › Delete does and prints the plugin's options left behind.
// The environment names the Debian config (WORDPRESS_CONFIG) and the site's address.

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );
$_SERVER['HTTP_HOST']        = getenv( 'JOINT_STATEMENT_E2E_HOST' );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['SERVER_PROTOCOL']  = 'HTTP/1.1';
$command                     = $argv[1] ?? '';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

if ( 'install' === $command ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	add_filter( 'pre_wp_mail', '__return_true' ); // no welcome e-mail: there is no mailer here.
	$result = wp_install( 'Partner site', 'admin', 'admin@example.org', false, '', wp_generate_password( 24 ) );
	wp_insert_user(
		array(
			'user_login' => 'author',
			'user_email' => 'author@example.org',
			'user_pass'  => wp_generate_password( 24 ),
			'role'       => 'author',
		)
	);
	switch_theme( 'twentytwentythree' );
	$activated = activate_plugin( 'joint-statement/joint-statement.php' );
	if ( is_wp_error( $activated ) ) {
		fwrite( STDERR, $activated->get_error_message() . "\n" );
		exit( 1 );
	}
	echo wp_json_encode( array( 'theme' => get_stylesheet(), 'plugins' => get_option( 'active_plugins' ) ) ), "\n";
	exit( 0 );
}

if ( 'option' === $command ) {
	update_option( $argv[2], $argv[3] );
	exit( 0 );
}

if ( 'cookies' === $command ) {
	// A logged-in browser session for the block editor, as wp-login.php would set it.
	$user       = get_user_by( 'login', $argv[2] );
	$expiration = time() + HOUR_IN_SECONDS;
	$token      = WP_Session_Tokens::get_instance( $user->ID )->create( $expiration );
	echo wp_json_encode(
		array(
			AUTH_COOKIE      => wp_generate_auth_cookie( $user->ID, $expiration, 'auth', $token ),
			LOGGED_IN_COOKIE => wp_generate_auth_cookie( $user->ID, $expiration, 'logged_in', $token ),
		)
	), "\n";
	exit( 0 );
}

if ( 'uninstall' === $command ) {
	// Plugins › Delete, as an administrator: WordPress runs the plugin's uninstall.php. Prints
	// the options of the plugin's still in the database.
	require_once ABSPATH . 'wp-admin/includes/plugin.php';
	wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
	deactivate_plugins( 'joint-statement/joint-statement.php' );
	uninstall_plugin( 'joint-statement/joint-statement.php' );
	wp_cache_flush();
	echo wp_json_encode( $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE 'joint\\_statement%'" ) ), "\n";
	exit( 0 );
}

if ( 'posts' !== $command ) {
	fwrite( STDERR, "usage: php site.php install|posts|option|cookies|uninstall\n" );
	exit( 2 );
}

$cases = json_decode( stream_get_contents( STDIN ), true );
$saved = array();
foreach ( $cases as $case ) {
	$user = get_user_by( 'login', $case['user'] );
	// As in the editor: the user is known before the save, so kses applies when they lack unfiltered_html.
	wp_set_current_user( $user->ID );
	if ( 'rest' === $case['save'] ) {
		// The block editor's save: a POST to the posts endpoint.
		$request = new WP_REST_Request( 'POST', '/wp/v2/posts' );
		$request->set_body_params(
			array(
				'title'   => $case['title'],
				'content' => $case['content'],
				'status'  => 'publish',
			)
		);
		$response = rest_do_request( $request );
		if ( $response->is_error() ) {
			fwrite( STDERR, $case['id'] . ': ' . wp_json_encode( $response->get_data() ) . "\n" );
			exit( 1 );
		}
		$post_id = $response->get_data()['id'];
	} else {
		// The Classic editor's save (and the block editor's content as post_content): wp_insert_post.
		$post_id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $case['title'],
					'post_content' => $case['content'],
					'post_status'  => 'publish',
					'post_author'  => $user->ID,
				)
			),
			true
		);
		if ( is_wp_error( $post_id ) ) {
			fwrite( STDERR, $case['id'] . ': ' . $post_id->get_error_message() . "\n" );
			exit( 1 );
		}
	}
	$saved[ $case['id'] ] = array(
		'url'     => get_permalink( $post_id ),
		'content' => get_post_field( 'post_content', $post_id, 'raw' ),
	);
}
echo wp_json_encode( $saved ), "\n";
