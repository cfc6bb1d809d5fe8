/*!
 * role-explainer for reveal.js (tested with reveal.js 5.2.1).
 *
 *   <script src="role-explainer-plugin.js"></script>
 *   <script>Reveal.initialize({ plugins: [RevealRoleExplainer] });</script>
 *
 * (a) Lists the widget's shortcuts in reveal's help overlay (?).
 * (b) Keeps the deck's keys and the widget's keys apart: while focus is inside a
 *     <role-explainer>, the deck ignores the keys the widget uses (arrows, Space, Enter,
 *     Home/End, Enter, Q, F, ?, Escape), whether or not the widget stops them itself. Keys the widget
 *     leaves alone (N, P, Page Up/Down, B, O, G…) still move the deck. It works through reveal's
 *     `keyboardCondition` setting and keeps a condition the deck already had.
 *
 * A classic script: it defines `RevealRoleExplainer` (a plugin factory, as reveal's own
 * plugins are) on the global object; `import './role-explainer-plugin.js'` works too.
 */
(function (global) {
  'use strict';

  var TAG = 'ROLE-EXPLAINER';

  // The widget's keys, by `key` and by physical `code` (so Q, F and ? also count on layouts
  // that type other characters there, such as Arabic ض, ب and ؟).
  var WIDGET_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', ' ',
    'Spacebar', 'Enter', 'Escape', 'Esc', '?', '\u061F', 'q', 'Q', 'f', 'F'];
  var WIDGET_CODES = ['Space', 'Enter', 'KeyQ', 'KeyF', 'Escape'];

  // What the help overlay lists. reveal writes these into its overlay as HTML (its own keys use
  // entities such as &#8594;), so they hold no text from elsewhere.
  var SHORTCUTS = [
    ['Explainer: &#8592;  ,  &#8594;', 'Step through the attributes (focus in the explainer)'],
    ['Explainer: SPACE', 'Reveal the next row'],
    ['Explainer: Q', 'Open the quiz'],
    ['Explainer: F', "Full screen for the explainer"],
    ['Explainer: ?', "The explainer's shortcuts"],
    ['Click outside, N, P', 'Back to the deck from the explainer'],
  ];

  /** The <role-explainer> that holds the focus, or null. Inside a shadow root the document's
   * active element is the host itself; a light-DOM child (a fallback table's link) counts too. */
  function focusedWidget() {
    var active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement && active.tagName !== TAG) {
      active = active.shadowRoot.activeElement;
    }
    if (!active || !active.closest) return null;
    return active.tagName === TAG ? active : active.closest('role-explainer');
  }

  /** Whether a key event is one the widget uses. */
  function isWidgetKey(event) {
    if (event.ctrlKey || event.metaKey) return false;
    // Events with no `key` come from reveal's own API (Reveal.triggerKey): the deck's, not a reader's.
    if (event.key === undefined) return false;
    return WIDGET_KEYS.indexOf(event.key) !== -1 || WIDGET_CODES.indexOf(event.code) !== -1;
  }

  function RevealRoleExplainer() {
    var deck = null;
    var previous = null;
    var condition = null;
    return {
      id: 'role-explainer',
      focusedWidget: focusedWidget,
      isWidgetKey: isWidgetKey,

      init: function (reveal) {
        deck = reveal;
        SHORTCUTS.forEach(function (s) { deck.registerKeyboardShortcut(s[0], s[1]); });
        previous = deck.getConfig().keyboardCondition;
        condition = function (event) {
          if (isWidgetKey(event) && focusedWidget()) return false;
          if (typeof previous === 'function') return previous(event);
          // reveal's own 'focused' setting, kept: embedded decks take keys only when focused.
          if (previous === 'focused' && !deck.isFocused()) return false;
          return true;
        };
        deck.configure({ keyboardCondition: condition });
      },

      destroy: function () {
        if (deck && deck.getConfig().keyboardCondition === condition) {
          deck.configure({ keyboardCondition: previous });
        }
        deck = null;
      },
    };
  }

  global.RevealRoleExplainer = RevealRoleExplainer;
})(typeof globalThis !== 'undefined' ? globalThis : window);
