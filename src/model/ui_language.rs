//! An interface language as data. English is compiled in; every other language is a small
//! JSON file (`data/ui/<lang>.json`) that the element fetches only for a widget that shows
//! that language, and installs here before the widget renders. So a reader of an English
//! page never downloads German, Spanish, French or Arabic.
//!
//! The file lists phrases by position, in the order of [`Key::ALL`], [`Template::ALL`] and
//! [`NOUNS`] × [`PLURALS`], with `null` where the language has no phrase of its own (the
//! interface then says it in English). It is written from `translations.rs` by the native
//! build (`ui_json`), and a test keeps the files in step with it.

use super::i18n::{Key, Lang, Noun, Plural, Template};
use super::json::{parse, Json};
use std::cell::RefCell;

/// The nouns that take a count, in file order.
pub const NOUNS: [Noun; 2] = [Noun::Trait, Noun::Attribute];
/// The plural categories, in file order.
pub const PLURALS: [Plural; 6] = [
    Plural::Zero,
    Plural::One,
    Plural::Two,
    Plural::Few,
    Plural::Many,
    Plural::Other,
];

/// One language's phrases by position; `None` where it falls back to English.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UiTable {
    pub text: Vec<Option<String>>,
    pub template: Vec<Option<String>>,
    pub count: Vec<Option<String>>,
}

fn count_index(noun: Noun, p: Plural) -> usize {
    let n = NOUNS.iter().position(|x| *x == noun).unwrap_or(0);
    let p = PLURALS.iter().position(|x| *x == p).unwrap_or(0);
    n * PLURALS.len() + p
}

/// The table for `lang` from the compiled-in translations (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn ui_table(lang: Lang) -> UiTable {
    use super::translations::{count_form, template, text};
    let own = |s: Option<&str>| s.map(str::to_owned);
    UiTable {
        text: Key::ALL.iter().map(|k| own(text(lang, *k))).collect(),
        template: Template::ALL
            .iter()
            .map(|t| own(template(lang, *t)))
            .collect(),
        count: NOUNS
            .iter()
            .flat_map(|n| PLURALS.iter().map(move |p| own(count_form(lang, *n, *p))))
            .collect(),
    }
}

/// The language file's text for `lang` (what `data/ui/<lang>.json` holds).
#[cfg(not(target_arch = "wasm32"))]
pub fn ui_json(lang: Lang) -> String {
    use super::json_write::ToJson;
    let table = ui_table(lang);
    let list = |items: &[Option<String>]| {
        let parts: Vec<String> = items
            .iter()
            .map(|s| s.as_ref().map_or_else(|| "null".into(), |s| s.to_json()))
            .collect();
        format!("[\n    {}\n  ]", parts.join(",\n    "))
    };
    format!(
        "{{\n  \"lang\": {},\n  \"text\": {},\n  \"template\": {},\n  \"count\": {}\n}}\n",
        lang.tag().to_json(),
        list(&table.text),
        list(&table.template),
        list(&table.count)
    )
}

/// Reads a language file: its language and phrases, or what is wrong with it.
pub fn read_ui_table(text: &str) -> Result<(Lang, UiTable), String> {
    let json = parse(text).map_err(|e| format!("not JSON: {e}"))?;
    let lang = match json.get("lang") {
        Some(Json::String(tag)) => match Lang::from_tag(tag) {
            Some(Lang::En) | None => return Err(format!("lang: \"{tag}\" is not a translation")),
            Some(lang) => lang,
        },
        _ => return Err("lang: missing".into()),
    };
    let list = |name: &str, len: usize| -> Result<Vec<Option<String>>, String> {
        let Some(Json::Array(items)) = json.get(name) else {
            return Err(format!("{name}: missing"));
        };
        if items.len() != len {
            return Err(format!(
                "{name}: {} phrases, expected {len} (a file from another version?)",
                items.len()
            ));
        }
        items
            .iter()
            .enumerate()
            .map(|(i, item)| match item {
                Json::String(s) => Ok(Some(s.clone())),
                Json::Null => Ok(None),
                other => Err(format!("{name}[{i}]: {} (expected a string)", other.kind())),
            })
            .collect()
    };
    Ok((
        lang,
        UiTable {
            text: list("text", Key::ALL.len())?,
            template: list("template", Template::ALL.len())?,
            count: list("count", NOUNS.len() * PLURALS.len())?,
        },
    ))
}

/// A table whose phrases live as long as the page (installed once per language).
struct Installed {
    lang: Lang,
    text: Vec<Option<&'static str>>,
    template: Vec<Option<&'static str>>,
    count: Vec<Option<&'static str>>,
}

thread_local! {
    static INSTALLED: RefCell<Vec<Installed>> = const { RefCell::new(Vec::new()) };
}

/// Installs a language file for the interface; installing a language again replaces it.
/// Returns the language, or what is wrong with the file (the interface then stays English).
pub fn install(text: &str) -> Result<Lang, String> {
    let (lang, table) = read_ui_table(text)?;
    // Leaked on purpose: at most one table per shipped language for the page's lifetime,
    // so the phrases can be handed out as `&'static str` like the compiled-in English ones.
    let keep = |items: Vec<Option<String>>| -> Vec<Option<&'static str>> {
        items
            .into_iter()
            .map(|s| s.map(|s| &*Box::leak(s.into_boxed_str())))
            .collect()
    };
    let installed = Installed {
        lang,
        text: keep(table.text),
        template: keep(table.template),
        count: keep(table.count),
    };
    INSTALLED.with(|all| {
        let mut all = all.borrow_mut();
        all.retain(|t| t.lang != lang);
        all.push(installed);
    });
    Ok(lang)
}

fn installed(
    lang: Lang,
    pick: impl Fn(&Installed) -> Option<&'static str>,
) -> Option<&'static str> {
    INSTALLED.with(|all| all.borrow().iter().find(|t| t.lang == lang).and_then(pick))
}

/// An installed phrase, if `lang` is installed and has its own.
pub fn installed_text(lang: Lang, key: Key) -> Option<&'static str> {
    installed(lang, |t| t.text.get(key as usize).copied().flatten())
}

/// An installed template, if `lang` is installed and has its own.
pub fn installed_template(lang: Lang, t: Template) -> Option<&'static str> {
    installed(lang, |table| {
        table.template.get(t as usize).copied().flatten()
    })
}

/// An installed count form, if `lang` is installed and has its own.
pub fn installed_count_form(lang: Lang, noun: Noun, p: Plural) -> Option<&'static str> {
    installed(lang, |t| {
        t.count.get(count_index(noun, p)).copied().flatten()
    })
}
