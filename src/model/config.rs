//! The embedder's settings, read from element attributes or an iframe URL, each checked and
//! reported as a notice when it cannot be used (the widget then falls back and keeps working).

use super::dataset::Dataset;
use super::i18n::{tag_is_rtl, Ignored, Lang};
use super::strings::ignored_sentence;
use super::validate::Problem;
use std::fmt;

/// What the widget shows first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Compare,
    Explore,
    Quiz,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Compare, Mode::Explore, Mode::Quiz];

    pub fn name(self) -> &'static str {
        match self {
            Mode::Compare => "compare",
            Mode::Explore => "explore",
            Mode::Quiz => "quiz",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
    /// High contrast, for projectors and low vision.
    Contrast,
}

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }
}

/// Whether the title and intro show: a host page with its own heading can hide them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Header {
    #[default]
    Show,
    Hide,
}

/// Which presenting controls (full screen, keyboard help) show. The keys work in every case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Presenting {
    /// One compact full-screen button; the rest once the widget is full screen.
    #[default]
    Auto,
    /// Every presenting control, for a slide deck or a classroom page.
    On,
    /// None, for a blog post that only wants the comparison.
    Off,
}

/// What a printout of the widget holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PrintAs {
    /// The whole comparison table.
    #[default]
    Table,
    /// A worksheet without the answers: the table with empty cells to fill in, or in the quiz
    /// the cards with a box to tick per role.
    Worksheet,
}

/// Settings as the embedder wrote them; `None` where absent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawConfig {
    pub mode: Option<String>,
    pub attributes: Option<String>,
    pub theme: Option<String>,
    /// A BCP 47 tag for the interface (and the built-in dataset's translation, if there is one).
    pub lang: Option<String>,
    /// The host's text direction where the widget sits (`rtl` or `ltr`).
    pub dir: Option<String>,
    /// The quiz shuffle's seed (decimal); fixed by tests, random otherwise.
    pub seed: Option<String>,
    /// The page's URL hash, when the widget keeps its state there (`sync-hash`).
    pub hash: Option<String>,
    /// The lean widget's whole state (`hand_over.rs`) when the element moved this widget to
    /// the full build because its reader opened the quiz.
    pub handover: Option<String>,
    /// Present (any value but `false`) to start the compare view hidden, for guess-then-reveal.
    pub reveal: Option<String>,
    /// Whether the page allows full screen: `available`, `active`, or absent for not allowed.
    pub fullscreen: Option<String>,
    /// `show` (default) or `hide` the title and intro.
    pub header: Option<String>,
    /// `auto` (default), `on` or `off`: the presenting controls.
    pub presenting: Option<String>,
    /// `fit` (default: the container's width) or `wide` (wider than a text column).
    pub layout: Option<String>,
    /// `table` (default) or `worksheet`: what a printout holds.
    pub print: Option<String>,
    /// The page is being printed (the element says so between `beforeprint` and `afterprint`).
    pub printing: bool,
}

/// Whether the widget can go full screen here, and whether it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Fullscreen {
    /// Not allowed here (such as an iframe without `allowfullscreen`).
    #[default]
    Unavailable,
    Available,
    Active,
}

/// Settings the widget can use, and the notices about what it had to ignore.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub mode: Mode,
    pub theme: Theme,
    /// Attribute ids to show, in the embedder's words; checked against the dataset later.
    pub attributes: Option<Vec<String>>,
    /// The interface language asked for, if it is one we ship; otherwise the dataset decides.
    pub lang: Option<Lang>,
    /// The host lays text out right to left.
    pub host_rtl: bool,
    pub seed: u64,
    /// The link state to start from, if the widget keeps its state in the URL hash.
    pub hash: Option<String>,
    /// The state handed over from the lean build: the widget goes on from it (it wins over
    /// the hash, which may not have caught up yet).
    pub handover: Option<String>,
    /// Start the compare view with every row hidden.
    pub reveal: bool,
    pub fullscreen: Fullscreen,
    pub header: Header,
    pub presenting: Presenting,
    pub print: PrintAs,
    /// The page is being printed: only then is a print-only copy of the table rendered, so
    /// no click on screen pays for building it.
    pub printing: bool,
    pub notices: Vec<Notice>,
}

/// A setting the widget had to ignore: where it was (`mode`, `attributes`, `link`...) and why.
/// Shown in the reader's language ([`Notice::in_lang`]); `Display` writes it in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub path: String,
    pub ignored: Ignored,
}

impl Notice {
    /// The notice as the widget shows it, in `lang`.
    pub fn in_lang(&self, lang: Lang) -> Problem {
        notice(&self.path, ignored_sentence(lang, &self.ignored))
    }
}

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.in_lang(Lang::En).fmt(f)
    }
}

impl Config {
    /// The interface language: the one asked for, else the dataset's, else English.
    pub fn ui_lang(&self, dataset: &Dataset) -> Lang {
        self.lang
            .or_else(|| Lang::from_tag(&dataset.lang))
            .unwrap_or_default()
    }

    /// Whether the widget lays out right to left: in an RTL host, or for RTL content or interface.
    pub fn is_rtl(&self, dataset: &Dataset) -> bool {
        self.host_rtl || self.ui_lang(dataset).is_rtl() || tag_is_rtl(&dataset.lang)
    }
}

fn notice(path: &str, message: String) -> Problem {
    Problem {
        path: path.into(),
        message,
    }
}

/// Reads a setting with a fixed set of values (the first is the default). An unknown value
/// gives the default and a notice naming the values there are.
fn choice<T: Copy>(
    raw: Option<&str>,
    name: &str,
    values: &[(&str, T)],
    notices: &mut Vec<Notice>,
) -> T {
    let default = values[0];
    match raw.map(str::trim) {
        None | Some("") => default.1,
        Some(v) => match values.iter().find(|(n, _)| n.eq_ignore_ascii_case(v)) {
            Some((_, value)) => *value,
            None => {
                notices.push(Notice {
                    path: name.into(),
                    ignored: Ignored::Setting {
                        name: name.into(),
                        value: clip(v),
                        values: values.iter().map(|(n, _)| n.to_string()).collect(),
                        default: default.0.into(),
                    },
                });
                default.1
            }
        },
    }
}

/// Reads the embedder's settings. Never fails: unusable values fall back to defaults with a notice.
pub fn parse_config(raw: &RawConfig) -> Config {
    let mut notices = Vec::new();
    let mode = match raw.mode.as_deref().map(str::trim) {
        None | Some("") => Mode::Compare,
        Some(m) => match Mode::ALL
            .into_iter()
            .find(|x| x.name().eq_ignore_ascii_case(m))
        {
            Some(mode) => mode,
            None => {
                notices.push(Notice {
                    path: "mode".into(),
                    ignored: Ignored::Mode(clip(m)),
                });
                Mode::Compare
            }
        },
    };
    let theme = match raw.theme.as_deref().map(str::trim) {
        None | Some("") => Theme::Auto,
        Some(t) if t.eq_ignore_ascii_case("auto") => Theme::Auto,
        Some(t) if t.eq_ignore_ascii_case("light") => Theme::Light,
        Some(t) if t.eq_ignore_ascii_case("dark") => Theme::Dark,
        Some(t) if t.eq_ignore_ascii_case("contrast") => Theme::Contrast,
        Some(t) => {
            notices.push(Notice {
                path: "theme".into(),
                ignored: Ignored::Theme(clip(t)),
            });
            Theme::Auto
        }
    };
    // The layout is the stylesheet's business (`:host([layout=wide])`); read here only so a
    // typo gets a notice.
    choice(
        raw.layout.as_deref(),
        "layout",
        &[("fit", ()), ("wide", ())],
        &mut notices,
    );
    let attributes = raw.attributes.as_deref().map(|list| {
        list.split(',')
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .map(String::from)
            .collect::<Vec<_>>()
    });
    Config {
        mode,
        theme,
        attributes,
        lang: raw.lang.as_deref().and_then(Lang::from_tag),
        host_rtl: raw
            .dir
            .as_deref()
            .is_some_and(|d| d.trim().eq_ignore_ascii_case("rtl")),
        seed: raw
            .seed
            .as_deref()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0),
        hash: raw.hash.clone(),
        handover: raw.handover.clone(),
        reveal: raw
            .reveal
            .as_deref()
            .is_some_and(|r| !r.trim().eq_ignore_ascii_case("false")),
        fullscreen: match raw.fullscreen.as_deref() {
            Some("available") => Fullscreen::Available,
            Some("active") => Fullscreen::Active,
            _ => Fullscreen::Unavailable,
        },
        header: choice(
            raw.header.as_deref(),
            "header",
            &[("show", Header::Show), ("hide", Header::Hide)],
            &mut notices,
        ),
        presenting: choice(
            raw.presenting.as_deref(),
            "presenting",
            &[
                ("auto", Presenting::Auto),
                ("on", Presenting::On),
                ("off", Presenting::Off),
            ],
            &mut notices,
        ),
        print: choice(
            raw.print.as_deref(),
            "print",
            &[("table", PrintAs::Table), ("worksheet", PrintAs::Worksheet)],
            &mut notices,
        ),
        printing: raw.printing,
        notices,
    }
}

/// Which attribute rows start shown: all, or those the embedder listed. Unknown ids become
/// notices; a list naming no known attribute shows them all rather than an empty widget.
pub fn initial_rows(dataset: &Dataset, wanted: Option<&[String]>) -> (Vec<bool>, Vec<Notice>) {
    let count = dataset.attributes.len();
    let Some(wanted) = wanted else {
        return (vec![true; count], Vec::new());
    };
    let mut shown = vec![false; count];
    let mut notices = Vec::new();
    for id in wanted {
        match dataset.attribute_index(id) {
            Some(i) => shown[i] = true,
            None => notices.push(Notice {
                path: "attributes".into(),
                ignored: Ignored::Attribute {
                    id: clip(id),
                    known: dataset.attributes.iter().map(|a| a.id.clone()).collect(),
                },
            }),
        }
    }
    if !shown.contains(&true) {
        shown.fill(true);
    }
    (shown, notices)
}

/// Keeps hostile or accidental huge values out of messages.
pub(crate) fn clip(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    } else {
        s.to_string()
    }
}
