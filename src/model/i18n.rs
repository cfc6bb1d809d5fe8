//! The widget's own words in each shipped language, with plural-aware counts. A phrase missing
//! from a language falls back to English, never to an empty label.

use super::placeholders::fill_in;

/// A language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Fr,
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::Ar];

    /// The language of a BCP 47 tag such as `de`, `de-AT` or `AR`; `None` if not shipped.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

/// Whether a content language tag is written right to left (for datasets in other languages).
pub fn tag_is_rtl(tag: &str) -> bool {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
    ["ar", "he", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ku"]
        .iter()
        .any(|rtl| primary.eq_ignore_ascii_case(rtl))
}

/// The `dir` attribute for content in the language `tag`, so it lays out right inside an
/// interface of the other direction.
pub fn tag_dir(tag: &str) -> &'static str {
    if tag_is_rtl(tag) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The `lang` and `dir` that author text in the language `tag` must carry inside an interface
/// in `ui` laid out `rtl`: none where it inherits the same from the interface (nearly every
/// widget), so a first render writes a third fewer attributes.
pub fn author_marks(ui: Lang, rtl: bool, tag: &str) -> Option<(&str, &'static str)> {
    let dir = tag_dir(tag);
    let inherits = tag.eq_ignore_ascii_case(ui.tag()) && (dir == "rtl") == rtl;
    (!inherits).then_some((tag, dir))
}

/// The fixed phrases of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Compare,
    Explore,
    Views,
    ShowAttributes,
    All,
    None,
    Attribute,
    NoRows,
    Shared,
    ExploreHint,
    NotPicked,
    ClearPicks,
    VerdictHeading,
    NothingPicked,
    PickHint,
    TieHint,
    ErrorHeading,
    ErrorHint,
    SettingsIgnored,
    Source,
    FromSection,
    Quiz,
    QuizHint,
    Check,
    Retry,
    ShowSolution,
    Right,
    Wrong,
    AnswerIs,
    FullScreen,
    ExitFullScreen,
    Shortcuts,
    Close,
    ShortcutStep,
    ShortcutReveal,
    ShortcutQuiz,
    ShortcutFullScreen,
    ShortcutHelp,
    RevealNext,
    RevealAll,
    Hidden,
    CopyLink,
    LinkCopied,
    StateIgnored,
    NoFullScreen,
    Reveal,
    // Added with the phone layout and the quiz's early check.
    Reasons,
    Unanswered,
    SolutionShown,
    /// The keys that step through the rows, as the help shows them.
    KeysStep,
    /// The name of the space bar, as the help shows it.
    KeySpace,
    /// The key that opens the quiz, as the help shows it (with the Arabic layout's letter).
    KeyQuiz,
    /// The key for full screen, as the help shows it.
    KeyFullScreen,
    /// The key for the help, as the help shows it.
    KeyHelp,
    /// The quiz's panel while its code loads (the lean embed build has no quiz of its own).
    LoadingQuiz,
}

impl Key {
    /// Every phrase, in declaration order: a language file lists its phrases in this order.
    pub const ALL: [Key; 55] = [
        Key::Compare,
        Key::Explore,
        Key::Views,
        Key::ShowAttributes,
        Key::All,
        Key::None,
        Key::Attribute,
        Key::NoRows,
        Key::Shared,
        Key::ExploreHint,
        Key::NotPicked,
        Key::ClearPicks,
        Key::VerdictHeading,
        Key::NothingPicked,
        Key::PickHint,
        Key::TieHint,
        Key::ErrorHeading,
        Key::ErrorHint,
        Key::SettingsIgnored,
        Key::Source,
        Key::FromSection,
        Key::Quiz,
        Key::QuizHint,
        Key::Check,
        Key::Retry,
        Key::ShowSolution,
        Key::Right,
        Key::Wrong,
        Key::AnswerIs,
        Key::FullScreen,
        Key::ExitFullScreen,
        Key::Shortcuts,
        Key::Close,
        Key::ShortcutStep,
        Key::ShortcutReveal,
        Key::ShortcutQuiz,
        Key::ShortcutFullScreen,
        Key::ShortcutHelp,
        Key::RevealNext,
        Key::RevealAll,
        Key::Hidden,
        Key::CopyLink,
        Key::LinkCopied,
        Key::StateIgnored,
        Key::NoFullScreen,
        Key::Reveal,
        Key::Reasons,
        Key::Unanswered,
        Key::SolutionShown,
        Key::KeysStep,
        Key::KeySpace,
        Key::KeyQuiz,
        Key::KeyFullScreen,
        Key::KeyHelp,
        Key::LoadingQuiz,
    ];
}

/// A setting the widget could not use and fell back from; worded by
/// [`super::strings::ignored_sentence`] in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    /// An unknown `mode` value, as written (clipped).
    Mode(String),
    /// An unknown `theme` value, as written (clipped).
    Theme(String),
    /// An attribute id the dataset does not have, and the ids it has.
    Attribute { id: String, known: Vec<String> },
    /// A setting with a fixed set of values (`header`, `presenting`, `layout`, `print`) got
    /// another: the setting, the value as written (clipped), the values there are, the default.
    Setting {
        name: String,
        value: String,
        values: Vec<String>,
        default: String,
    },
    /// The link state in the URL hash could not be read.
    LinkState,
}

/// Words that take a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Trait,
    Attribute,
}

/// CLDR plural categories (the ones our languages use).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

pub fn plural(lang: Lang, n: usize) -> Plural {
    match lang {
        Lang::En | Lang::De | Lang::Es => {
            if n == 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        // French uses the singular for 0 and 1.
        Lang::Fr => {
            if n <= 1 {
                Plural::One
            } else {
                Plural::Other
            }
        }
        Lang::Ar => match (n, n % 100) {
            (0, _) => Plural::Zero,
            (1, _) => Plural::One,
            (2, _) => Plural::Two,
            (_, 3..=10) => Plural::Few,
            (_, 11..=99) => Plural::Many,
            _ => Plural::Other,
        },
    }
}

/// "1 trait", "4 traits", "سمتين"... (in Arabic, the form that follows "من").
pub fn count(lang: Lang, n: usize, noun: Noun) -> String {
    let p = plural(lang, n);
    let form = match lang {
        Lang::En => None,
        _ => translated_count_form(lang, noun, p),
    }
    .unwrap_or_else(|| en_count_form(noun, p));
    fill_in(form, &[("n", &n.to_string())])
}

fn en_count_form(noun: Noun, p: Plural) -> &'static str {
    match (noun, p) {
        (Noun::Trait, Plural::One) => "{n} trait",
        (Noun::Trait, _) => "{n} traits",
        (Noun::Attribute, Plural::One) => "{n} attribute",
        (Noun::Attribute, _) => "{n} attributes",
    }
}

/// The phrase for `key` in `lang`, or in English where `lang` lacks it.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => None,
        _ => translated_text(lang, key),
    }
    .unwrap_or_else(|| en(key))
}

// Other languages: compiled in for native tools and tests; the wasm gets them from
// data/ui/<lang>.json, which the element fetches only when a widget needs one.
#[cfg(not(target_arch = "wasm32"))]
use super::translations::{
    count_form as translated_count_form, template as translated_template, text as translated_text,
};
#[cfg(all(target_arch = "wasm32", feature = "languages"))]
use super::ui_language::{
    installed_count_form as translated_count_form, installed_template as translated_template,
    installed_text as translated_text,
};
// The lean embed build speaks only English (the element moves a widget that speaks another
// language to the full build), so it has no tables to look in.
#[cfg(all(target_arch = "wasm32", not(feature = "languages")))]
fn translated_text(_: Lang, _: Key) -> Option<&'static str> {
    None
}
#[cfg(all(target_arch = "wasm32", not(feature = "languages")))]
fn translated_template(_: Lang, _: Template) -> Option<&'static str> {
    None
}
#[cfg(all(target_arch = "wasm32", not(feature = "languages")))]
fn translated_count_form(_: Lang, _: Noun, _: Plural) -> Option<&'static str> {
    None
}

/// Sentence templates with `{…}` placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// {score} of {traits}: {role}
    Verdict,
    /// A tie: {score} of {traits} each: {roles}
    Tie,
    /// {role}: {score} of {traits}
    Meter,
    /// Showing {shown} of {attributes} ({total}: the bare number of attributes)
    Shown,
    /// " and " between the last two names of a list
    And,
    /// ", " between the other names of a list
    Separator,
    /// {label}: {value}, such as "Source: …" (French puts a narrow no-break space before ":")
    Labelled,
    /// A `mode` setting the widget does not know: {value}
    UnknownMode,
    /// A `theme` setting the widget does not know: {value}
    UnknownTheme,
    /// An attribute id the dataset does not have: {value}, and the ones it has: {known}
    UnknownAttribute,
    /// unknown {name} "{value}" ({name}: {values}); using {default}
    UnknownSetting,
    /// {right} of {total}: the quiz score as shown
    Score,
    /// Score: {right} of {total}
    ScoreSentence,
    /// {answered} of {total} answered
    Progress,
}

impl Template {
    /// Every template, in declaration order: a language file lists its phrases in this order.
    pub const ALL: [Template; 14] = [
        Template::Verdict,
        Template::Tie,
        Template::Meter,
        Template::Shown,
        Template::And,
        Template::Separator,
        Template::Labelled,
        Template::UnknownMode,
        Template::UnknownTheme,
        Template::UnknownAttribute,
        Template::UnknownSetting,
        Template::Score,
        Template::ScoreSentence,
        Template::Progress,
    ];
}

pub fn template(lang: Lang, t: Template) -> &'static str {
    match lang {
        Lang::En => None,
        _ => translated_template(lang, t),
    }
    .unwrap_or_else(|| en_template(t))
}

fn en_template(t: Template) -> &'static str {
    use Template::*;
    match t {
        Verdict => "{score} of {traits}: {role}",
        Tie => "A tie, {score} of {traits} each: {roles}",
        Meter => "{role}: {score} of {traits}",
        Shown => "Showing {shown} of {attributes}",
        And => " and ",
        Separator => ", ",
        Labelled => "{label}: {value}",
        UnknownMode => "unknown mode \"{value}\" (modes: compare, explore, quiz); showing compare",
        UnknownTheme => {
            "unknown theme \"{value}\" (themes: auto, light, dark, contrast); using auto"
        }
        UnknownSetting => "unknown {name} \"{value}\" ({name}: {values}); using {default}",
        UnknownAttribute => "unknown attribute \"{value}\" ignored (known: {known})",
        Score => "{right} / {total}",
        ScoreSentence => "Score: {right} of {total}",
        Progress => "{answered} of {total} answered",
    }
}

fn en(key: Key) -> &'static str {
    match key {
        Key::Compare => "Compare",
        Key::Explore => "Which role?",
        Key::Views => "Views",
        Key::ShowAttributes => "Show attributes",
        Key::All => "All",
        Key::None => "None",
        Key::Attribute => "Attribute",
        Key::NoRows => "No attributes shown. Pick some above, or choose All.",
        Key::Shared => "Shared",
        Key::ExploreHint => {
            "Pick the trait that fits for each attribute and see which role your picks add up to."
        }
        Key::NotPicked => "Not picked",
        Key::ClearPicks => "Clear picks",
        Key::VerdictHeading => "Your picks point to",
        Key::NothingPicked => "No traits picked yet.",
        Key::PickHint => {
            "Pick a trait for any attribute; each one counts for the role it belongs to."
        }
        Key::TieHint => {
            "Your picks point equally to more than one role. Pick more traits to break the tie."
        }
        Key::ErrorHeading => "This explainer could not load",
        Key::ErrorHint => {
            "The dataset has problems. Each line names where it is and what is wrong:"
        }
        Key::SettingsIgnored => "Settings ignored",
        Key::Source => "Source",
        Key::FromSection => "From",
        Key::Quiz => "Quiz",
        Key::QuizHint => "Which role does each trait belong to? Answer every card, then check.",
        Key::Check => "Check",
        Key::Retry => "Retry",
        Key::ShowSolution => "Show solution",
        Key::Right => "Right",
        Key::Wrong => "Wrong",
        Key::AnswerIs => "Answer:",
        Key::FullScreen => "Full screen",
        Key::ExitFullScreen => "Exit full screen",
        Key::Shortcuts => "Keyboard shortcuts",
        Key::Close => "Close",
        Key::ShortcutStep => "Step through the attributes",
        Key::ShortcutReveal => "Reveal the next row",
        Key::ShortcutQuiz => "Open the quiz",
        Key::ShortcutFullScreen => "Full screen",
        Key::ShortcutHelp => "Show or hide this help",
        Key::RevealNext => "Reveal next",
        Key::RevealAll => "Reveal all",
        Key::Hidden => "Hidden",
        Key::CopyLink => "Copy link",
        Key::LinkCopied => "Link copied",
        Key::StateIgnored => "The link’s saved state could not be used, so the defaults are shown",
        Key::NoFullScreen => "Full screen is not available here",
        Key::Reveal => "Reveal",
        Key::Reasons => "Reasons",
        Key::Unanswered => "Unanswered:",
        Key::SolutionShown => "Solution shown",
        Key::KeysStep => "← →",
        Key::KeySpace => "Space",
        Key::KeyQuiz => "Q",
        Key::KeyFullScreen => "F",
        Key::KeyHelp => "?",
        Key::LoadingQuiz => "Loading the quiz…",
    }
}
