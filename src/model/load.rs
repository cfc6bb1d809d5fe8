//! Turns what an embedder asked for (a built-in id, or author JSON) into a dataset or problems.

use super::builtin::{builtin_id_in, builtin_ids, builtin_in};
use super::dataset::Dataset;
use super::i18n::Lang;
use super::validate::{parse_dataset, Problem};

/// Where the dataset comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetSource {
    /// A built-in dataset, by id (compiled in natively; the wasm gets its text from the element).
    Builtin(String),
    /// Author JSON (inline, or fetched by the embed layer).
    Json(String),
    /// The embed layer could not get the dataset; the message says why.
    Unavailable(String),
}

/// Loads the dataset; for a built-in one, its translation into `lang` where there is one.
pub fn load(source: &DatasetSource, lang: Option<Lang>) -> Result<Dataset, Vec<Problem>> {
    match source {
        DatasetSource::Builtin(id) => match builtin_in(id, lang) {
            Some(text) => parse_dataset(text),
            // The wasm carries no dataset texts: the element fetches them (www/role-explainer.js).
            None if builtin_id_in(id, lang).is_some() => Err(vec![Problem {
                path: "dataset".into(),
                message: format!("built-in dataset \"{id}\" was not passed in"),
            }]),
            None => Err(vec![Problem {
                path: "dataset".into(),
                message: format!(
                    "unknown built-in dataset \"{id}\" (built-in: {})",
                    builtin_ids().join(", ")
                ),
            }]),
        },
        DatasetSource::Json(text) => parse_dataset(text),
        DatasetSource::Unavailable(why) => Err(vec![Problem {
            path: "dataset".into(),
            message: why.clone(),
        }]),
    }
}
