//! The dataset: roles and the attributes that tell them apart.
//!
//! These types are what a *valid* dataset looks like; [`crate::model::validate`] builds
//! them from author JSON and reports every problem with its path.

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The one dataset format version this widget reads.
pub const FORMAT_VERSION: u32 = 1;

// Eq matters beyond tidiness: with it, `Rc<Dataset>`'s `==` checks the pointer first, so
// the many components that take the dataset as a prop compare it in O(1) on every re-render
// instead of walking every string of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dataset {
    pub version: u32,
    pub id: String,
    pub title: String,
    /// BCP 47 language tag of the content, such as `en` or `de`.
    pub lang: String,
    /// Where the content comes from; shown under the widget as plain text.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    pub roles: Vec<Role>,
    pub attributes: Vec<Attribute>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Role {
    pub id: String,
    pub name: String,
    /// A short label such as `PM`, shown with the role's shape so colour is never the only signal.
    pub short: String,
    pub description: String,
    /// `#rrggbb`; when absent the widget uses a colour-blind-safe default for the role's position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub colour: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    pub id: String,
    pub name: String,
    /// The question the explore view asks, such as "How far ahead do they plan?".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    /// One trait per role, keyed by role id.
    pub values: RoleValues,
    /// A trait the listed roles have in common, if the source names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared: Option<SharedTrait>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trait {
    pub text: String,
    /// One line on why this trait belongs to the role.
    pub why: String,
    /// The section of the source this trait comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedTrait {
    #[serde(flatten)]
    pub text: Trait,
    /// The ids of the roles that share it (at least two).
    pub roles: Vec<String>,
}

impl Dataset {
    /// The position of the role with this id.
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.roles.iter().position(|r| r.id == id)
    }

    /// The position of the attribute with this id.
    pub fn attribute_index(&self, id: &str) -> Option<usize> {
        self.attributes.iter().position(|a| a.id == id)
    }
}

impl Attribute {
    /// The trait of the role with this id. Validation guarantees every role has one.
    pub fn value_for(&self, role_id: &str) -> Option<&Trait> {
        self.values.get(role_id)
    }
}

/// One trait per role, in the dataset's role order, keyed by role id. A plain list rather than
/// a `BTreeMap`: building a map pulls the standard library's stable sort into the wasm
/// (about 5 kB brotli), and a handful of roles needs no index. Serde sees a JSON object.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoleValues(pub Vec<(String, Trait)>);

impl RoleValues {
    /// The trait of the role with this id.
    pub fn get(&self, role_id: &str) -> Option<&Trait> {
        self.0.iter().find(|(id, _)| id == role_id).map(|(_, t)| t)
    }

    /// The role ids, in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(id, _)| id)
    }

    /// The traits, in role order.
    pub fn values(&self) -> impl Iterator<Item = &Trait> {
        self.0.iter().map(|(_, t)| t)
    }

    pub fn iter(&self) -> std::slice::Iter<'_, (String, Trait)> {
        self.0.iter()
    }
}

impl std::ops::Index<&str> for RoleValues {
    type Output = Trait;

    fn index(&self, role_id: &str) -> &Trait {
        self.get(role_id).expect("no trait for this role")
    }
}

impl<'a> IntoIterator for &'a RoleValues {
    type Item = &'a (String, Trait);
    type IntoIter = std::slice::Iter<'a, (String, Trait)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl Serialize for RoleValues {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, value) in &self.0 {
            map.serialize_entry(id, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for RoleValues {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = RoleValues;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of traits keyed by role id")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RoleValues, A::Error> {
                let mut out = Vec::new();
                while let Some(member) = map.next_entry()? {
                    out.push(member);
                }
                Ok(RoleValues(out))
            }
        }
        deserializer.deserialize_map(Members)
    }
}
