//! Turns what an embedder asked for (a built-in id, or author JSON) into a dataset or problems.

use super::builtin::{builtin, builtin_ids};
use super::dataset::Dataset;
use super::validate::{parse_dataset, Problem};

/// Where the dataset comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetSource {
    /// A dataset compiled into the widget, by id.
    Builtin(String),
    /// Author JSON (inline, or fetched by the embed layer).
    Json(String),
    /// The embed layer could not get the dataset; the message says why.
    Unavailable(String),
}

pub fn load(source: &DatasetSource) -> Result<Dataset, Vec<Problem>> {
    match source {
        DatasetSource::Builtin(id) => match builtin(id) {
            Some(text) => parse_dataset(text),
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
