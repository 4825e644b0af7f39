<?php
// WordPress's wpautop on standard input, loaded from Debian's wordpress package without a site.
define('ABSPATH', '/usr/share/wordpress/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/formatting.php';
echo wpautop(stream_get_contents(STDIN));
