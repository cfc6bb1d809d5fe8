//! Yew views. Each takes `Props` and raises `on*` callbacks; state lives in
//! [`explainer_state::ExplainerState`] and changes only through model functions.

pub mod answer_group;
pub mod app;
pub mod aria_bool;
pub mod attribute_chips;
pub mod author_lang;
pub mod class_list;
pub mod compare_row;
pub mod compare_table;
pub mod error_panel;
pub mod explainer;
pub mod explainer_state;
pub mod explore_list;
pub mod help_overlay;
pub mod notice_bar;
pub mod quiz_view;
pub mod role_badge;
pub mod trait_picker;
pub mod verdict_panel;
pub mod view_tabs;
