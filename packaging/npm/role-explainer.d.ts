// Types for the <role-explainer> element: importing the package (or its role-explainer.js)
// defines the element. The event `detail` shapes are what src/model/report.rs serializes.

/** One picked trait (explore view). */
export interface RoleExplainerPick {
  /** The attribute (row) id. */
  attribute: string;
  /** Ids of the roles the trait belongs to (several for a shared trait). */
  roles: string[];
  /** The trait's text. */
  trait: string;
}

/** Which role the picks point to. */
export interface RoleExplainerVerdict {
  /** How many traits are picked. */
  picked: number;
  /** Role ids with the top score: empty when nothing is picked, several on a tie. */
  leaders: string[];
  /** Each role's score, keyed by role id. */
  scores: Record<string, number>;
  /** The verdict as a sentence in the interface language. */
  sentence: string;
}

/** `detail` of `role-explainer:ready` and `role-explainer:change`. */
export interface RoleExplainerReport {
  dataset: string;
  /** The view shown. */
  mode: 'compare' | 'explore' | 'quiz';
  /** Ids of the attribute rows the compare view shows. */
  shown: string[];
  picks: RoleExplainerPick[];
  verdict: RoleExplainerVerdict;
  /** The state as a URL hash, without `#`, for links that restore it. */
  link: string;
}

/** One quiz card in `role-explainer:answer`. */
export interface RoleExplainerAnswer {
  attribute: string;
  trait: string;
  /** The reader's answer: a role id, `"shared"`, or `null` if left unanswered. */
  answer: string | null;
  /** The right answer: a role id or `"shared"`. */
  expected: string;
  /** Checked and right: counts towards the score. */
  right: boolean;
}

/** `detail` of `role-explainer:answer`, raised when the reader checks the quiz or shows its solution. */
export interface RoleExplainerQuizReport {
  dataset: string;
  seed: number;
  score: number;
  total: number;
  /** Cards still without an answer (an early Check leaves them open). */
  unanswered: number;
  /** The solution was shown; `score` stays what the reader earned before it. */
  solution_shown: boolean;
  answers: RoleExplainerAnswer[];
}

/** `detail` of `role-explainer:error`: each problem as one line, naming where it is. */
export interface RoleExplainerProblems {
  problems: string[];
}

/** The events a `<role-explainer>` dispatches (bubbling and composed, so `document` hears them too). */
export interface RoleExplainerEventMap {
  'role-explainer:ready': CustomEvent<RoleExplainerReport>;
  'role-explainer:change': CustomEvent<RoleExplainerReport>;
  'role-explainer:answer': CustomEvent<RoleExplainerQuizReport>;
  'role-explainer:error': CustomEvent<RoleExplainerProblems>;
}

/** The element. Configure it with attributes (see custom-elements.json); it has no properties of its own. */
export interface RoleExplainerElement extends HTMLElement {
  /** Starts the widget now instead of when it comes near the viewport (what the `eager` attribute does). */
  start(): void;
  addEventListener<K extends keyof RoleExplainerEventMap>(type: K, listener: (this: RoleExplainerElement, ev: RoleExplainerEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: RoleExplainerElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof RoleExplainerEventMap>(type: K, listener: (this: RoleExplainerElement, ev: RoleExplainerEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener<K extends keyof HTMLElementEventMap>(type: K, listener: (this: RoleExplainerElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'role-explainer': RoleExplainerElement;
  }
  // The events bubble out of the shadow root, so every element, the document and the window
  // can listen for them.
  interface GlobalEventHandlersEventMap extends RoleExplainerEventMap {}
  interface WindowEventMap {
    /** The wasm panicked: every widget on the page now shows an error panel. `detail` is the message. */
    'role-explainer:panic': CustomEvent<string>;
  }
}
