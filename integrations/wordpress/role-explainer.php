<?php
/**
 * Plugin Name:       Role explainer
 * Description:       An interactive comparison of roles, as a block, a shortcode and oEmbed. Every writer can use it, whatever their role: posts store only settings and a plain table.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       role-explainer
 *
 * @package role-explainer
 */

defined( 'ABSPATH' ) || exit;

const ROLE_EXPLAINER_VERSION = '0.1.0';
// The settings a post may give the element; anything else is dropped.
const ROLE_EXPLAINER_SETTINGS = array( 'dataset', 'mode', 'attributes', 'theme', 'lang', 'header', 'presenting', 'layout', 'print', 'seed' );
// The element's boolean attributes: present or absent.
const ROLE_EXPLAINER_FLAGS = array( 'reveal', 'eager' );

require_once __DIR__ . '/includes/oembed.php';

/**
 * What the zip's build wrote: `base_url` (ROLE_EXPLAINER_BASE_URL at build time) and
 * `datasets` (id => title of every built-in dataset).
 */
function role_explainer_build( $key ) {
	static $build = null;
	if ( null === $build ) {
		$text  = file_get_contents( __DIR__ . '/fallback/build.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		$build = $text ? json_decode( $text, true ) : null;
		$build = is_array( $build ) ? $build : array();
	}
	return isset( $build[ $key ] ) ? $build[ $key ] : null;
}

/** @return array<string, string> id => title of every built-in dataset. */
function role_explainer_datasets() {
	$datasets = role_explainer_build( 'datasets' );
	return is_array( $datasets ) ? $datasets : array();
}

/**
 * The no-JavaScript table for a built-in dataset (in `lang` if it has that translation), made at
 * zip time by the project's snippet command; '' for a dataset that is not built in.
 */
function role_explainer_fallback( $dataset, $lang = '' ) {
	foreach ( array( "$dataset.$lang", $dataset ) as $id ) {
		if ( preg_match( '/^[a-z0-9-]+(\.[a-z]{2})?$/', $id ) && is_readable( __DIR__ . "/fallback/$id.html" ) ) {
			return file_get_contents( __DIR__ . "/fallback/$id.html" ); // phpcs:ignore WordPress.WP.AlternativeFunctions
		}
	}
	return '';
}

/** Loads the element script on this page, once, however many widgets it has. */
function role_explainer_enqueue() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5+: the block's viewScriptModule is registered as a script module; the
		// shortcode uses the same one, so the module is imported once.
		wp_enqueue_script_module( generate_block_asset_handle( 'role-explainer/widget', 'viewScriptModule' ) );
		return;
	}
	// WordPress 6.1–6.4 ignore viewScriptModule: a classic handle, printed as type="module"
	// (see role_explainer_module_tag), enqueued only when a widget renders.
	wp_enqueue_script( 'role-explainer', plugins_url( 'assets/role-explainer.js', __FILE__ ), array(), ROLE_EXPLAINER_VERSION, true );
}

/** Makes the classic handle a module script: the element script uses `import`. */
function role_explainer_module_tag( $tag, $handle ) {
	if ( 'role-explainer' !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	return preg_replace( '/<script(?: type=([\'"])text\/javascript\1)?/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'role_explainer_module_tag', 10, 2 );

/**
 * The widget's HTML: the element with its settings and, inside it, the built-in table for
 * readers without JavaScript. Every value is escaped; unknown settings are dropped.
 *
 * @param array $settings Block attributes or shortcode attributes.
 */
function role_explainer_element( $settings ) {
	$html = '<role-explainer';
	foreach ( ROLE_EXPLAINER_SETTINGS as $name ) {
		$value = isset( $settings[ $name ] ) ? trim( (string) $settings[ $name ] ) : '';
		if ( '' !== $value ) {
			$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
		}
	}
	foreach ( ROLE_EXPLAINER_FLAGS as $name ) {
		$value = isset( $settings[ $name ] ) ? $settings[ $name ] : false;
		if ( true === $value || in_array( $value, array( '1', 'true', 'yes', $name ), true ) ) {
			$html .= ' ' . $name;
		}
	}
	$dataset = isset( $settings['dataset'] ) ? (string) $settings['dataset'] : 'pm-vs-po';
	$lang    = isset( $settings['lang'] ) ? (string) $settings['lang'] : '';
	$html   .= '>' . role_explainer_fallback( '' === $dataset ? 'pm-vs-po' : $dataset, $lang ) . '</role-explainer>';
	role_explainer_enqueue();
	return $html;
}

/**
 * The block's dynamic render: the saved table ($content) is replaced by the live element, so
 * an old post picks up new datasets' wording, and the script loads only on pages with a widget.
 */
function role_explainer_render_block( $attributes ) {
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : 'class="wp-block-role-explainer-widget"';
	return '<div ' . $wrapper . '>' . role_explainer_element( $attributes ) . '</div>';
}

/** `[role-explainer dataset="pm-vs-po" mode="explore"]` for the classic editor. */
function role_explainer_shortcode( $atts ) {
	$atts = is_array( $atts ) ? $atts : array();
	return '<div class="role-explainer-shortcode">' . role_explainer_element( $atts ) . '</div>';
}

function role_explainer_register() {
	register_block_type( __DIR__, array( 'render_callback' => 'role_explainer_render_block' ) );
	// The editor's sidebar and preview: the built-in datasets and their tables.
	$fallbacks = array();
	foreach ( glob( __DIR__ . '/fallback/*.html' ) as $file ) {
		$fallbacks[ basename( $file, '.html' ) ] = file_get_contents( $file ); // phpcs:ignore WordPress.WP.AlternativeFunctions
	}
	$datasets = array();
	foreach ( role_explainer_datasets() as $id => $title ) {
		$datasets[] = array(
			'id'    => $id,
			'title' => $title,
		);
	}
	$handle = generate_block_asset_handle( 'role-explainer/widget', 'editorScript' );
	wp_add_inline_script(
		$handle,
		'window.roleExplainerBlock = ' . wp_json_encode(
			array(
				'datasets'  => $datasets,
				'fallbacks' => $fallbacks,
			),
			JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE
		) . ';',
		'before'
	);
	add_shortcode( 'role-explainer', 'role_explainer_shortcode' );
}
add_action( 'init', 'role_explainer_register' );
