<?php
/**
 * oEmbed for the project's own embed pages: pasting
 * `https://…/role-explainer/embed.html#dataset=pm-vs-po&mode=explore` on a line of its own
 * embeds the widget in a frame.
 *
 * WordPress asks the provider registered here, the project's oEmbed document for that dataset
 * (`oembed/<id>.json` beside embed.html). A registered provider is trusted, so WordPress keeps
 * its iframe as it is (no sandbox). The document's frame shows the dataset only; the settings
 * the writer put in the URL's hash (mode, attributes…) are copied into the frame's address, and
 * embed-resize.js is added so the frame follows its content's height.
 *
 * @package role-explainer
 */

defined( 'ABSPATH' ) || exit;

// The hash settings embed.html reads (see www/embed-frame.js).
const ROLE_EXPLAINER_FRAME_SETTINGS = array( 'dataset', 'mode', 'attributes', 'lang', 'theme', 'header', 'presenting', 'print' );

/**
 * Where the project's embed.html and oembed/ live, ending in a slash: the
 * ROLE_EXPLAINER_BASE_URL constant (wp-config.php), else the `role_explainer_base_url` option,
 * else the base the zip was built for.
 */
function role_explainer_base_url() {
	if ( defined( 'ROLE_EXPLAINER_BASE_URL' ) ) {
		$base = ROLE_EXPLAINER_BASE_URL;
	} else {
		$base = get_option( 'role_explainer_base_url', role_explainer_build( 'base_url' ) );
	}
	$base = esc_url_raw( (string) $base, array( 'http', 'https' ) );
	return '' === $base ? '' : trailingslashit( $base );
}

/** The settings in an embed.html URL's hash, only the names embed.html knows. */
function role_explainer_frame_settings( $url ) {
	$hash = (string) wp_parse_url( $url, PHP_URL_FRAGMENT );
	parse_str( $hash, $pairs );
	$settings = array();
	foreach ( ROLE_EXPLAINER_FRAME_SETTINGS as $name ) {
		if ( isset( $pairs[ $name ] ) && is_string( $pairs[ $name ] ) && '' !== $pairs[ $name ] ) {
			$settings[ $name ] = substr( $pairs[ $name ], 0, 2000 );
		}
	}
	return $settings;
}

/** The oEmbed document for a dataset: its own if it is built in, else the default one. */
function role_explainer_oembed_document( $dataset ) {
	$id = array_key_exists( (string) $dataset, role_explainer_datasets() ) ? $dataset : 'pm-vs-po';
	return role_explainer_base_url() . 'oembed/' . $id . '.json';
}

function role_explainer_register_oembed() {
	$base = role_explainer_base_url();
	if ( '' === $base ) {
		return;
	}
	// embed.html, with or without a hash. One provider; role_explainer_oembed_fetch_url picks
	// the dataset's document.
	$pattern = '#^' . preg_quote( $base . 'embed.html', '#' ) . '(\#.*)?$#i';
	wp_oembed_add_provider( $pattern, role_explainer_oembed_document( 'pm-vs-po' ), true );
}
add_action( 'init', 'role_explainer_register_oembed' );

function role_explainer_is_ours( $url ) {
	$base = role_explainer_base_url();
	return '' !== $base && 0 === stripos( (string) $url, $base . 'embed.html' );
}

/** Asks for the pasted dataset's own document. */
function role_explainer_oembed_fetch_url( $provider, $url ) {
	if ( ! role_explainer_is_ours( $url ) ) {
		return $provider;
	}
	$settings = role_explainer_frame_settings( $url );
	$document = role_explainer_oembed_document( isset( $settings['dataset'] ) ? $settings['dataset'] : 'pm-vs-po' );
	$query    = (string) wp_parse_url( $provider, PHP_URL_QUERY );
	return '' === $query ? $document : $document . '?' . $query;
}
add_filter( 'oembed_fetch_url', 'role_explainer_oembed_fetch_url', 10, 2 );

/**
 * The document's frame, with the writer's settings from the pasted URL and the resize script.
 * The frame's address is rebuilt from the base and the known settings, each URL-encoded.
 */
function role_explainer_oembed_html( $html, $data, $url ) {
	if ( ! role_explainer_is_ours( $url ) || ! is_string( $html ) || 'rich' !== ( isset( $data->type ) ? $data->type : '' ) ) {
		return $html;
	}
	// Only for the provider registered above: a document found by discovery stays as
	// WordPress filtered it (sandboxed).
	if ( false === _wp_oembed_get_object()->get_provider( $url, array( 'discover' => false ) ) ) {
		return $html;
	}
	$base  = role_explainer_base_url();
	$src   = $base . 'embed.html#' . http_build_query( role_explainer_frame_settings( $url ), '', '&', PHP_QUERY_RFC3986 );
	$title = isset( $data->title ) ? (string) $data->title : 'Role explainer';
	$frame = sprintf(
		'<iframe src="%s" title="%s" class="role-explainer-frame" style="width:100%%;max-width:800px;border:0;height:%dpx" loading="lazy" allow="fullscreen"></iframe>',
		esc_url( $src ),
		esc_attr( $title ),
		isset( $data->height ) ? absint( $data->height ) : 900
	);
	// phpcs:ignore WordPress.WP.EnqueuedResources -- it must follow the frame inside the post's HTML.
	return $frame . '<script src="' . esc_url( $base . 'embed-resize.js' ) . '" defer></script>';
}
add_filter( 'oembed_dataparse', 'role_explainer_oembed_html', 10, 3 );
