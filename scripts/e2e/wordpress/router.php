<?php
// Router for `php -S` in front of Debian's WordPress: /wp-content/ comes from the check's own
// content folder (theme, the plugin under test); everything else from /usr/share/wordpress.

// php -S leaves the environment out of $_SERVER; Debian's wp-config.php picks its config file
// from $_SERVER['WORDPRESS_CONFIG'].
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'WORDPRESS_CONFIG' );

$jse2e_path = rawurldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( strpos( $jse2e_path, '..' ) !== false ) {
	http_response_code( 400 );
	return true;
}

if ( strpos( $jse2e_path, '/wp-content/' ) === 0 ) {
	$jse2e_file = getenv( 'JOINT_STATEMENT_E2E_CONTENT' ) . substr( $jse2e_path, strlen( '/wp-content' ) );
	if ( ! is_file( $jse2e_file ) || substr( $jse2e_file, -4 ) === '.php' ) {
		http_response_code( 404 );
		return true;
	}
	$jse2e_types = array(
		'css'   => 'text/css',
		'js'    => 'text/javascript',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
	);
	$jse2e_ext = strtolower( pathinfo( $jse2e_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $jse2e_types[ $jse2e_ext ] ?? 'application/octet-stream' ) );
	readfile( $jse2e_file );
	return true;
}

$jse2e_file = '/usr/share/wordpress' . $jse2e_path;
if ( is_dir( $jse2e_file ) ) {
	$jse2e_file = rtrim( $jse2e_file, '/' ) . '/index.php';
}
if ( is_file( $jse2e_file ) && substr( $jse2e_file, -4 ) !== '.php' ) {
	return false; // a static file: php -S serves it.
}
if ( ! is_file( $jse2e_file ) ) {
	$jse2e_file = '/usr/share/wordpress/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $jse2e_file;
$_SERVER['SCRIPT_NAME']     = substr( $jse2e_file, strlen( '/usr/share/wordpress' ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $jse2e_file ) );
require $jse2e_file;
