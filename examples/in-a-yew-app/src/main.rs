//! Another Yew app that shows the role-explainer component ([`role_explainer::components::app::App`])
//! with its own dataset, and follows the reader's picks through the component's callbacks.
//!
//! `trunk serve` in this folder. The check in `make crate-check` builds it for wasm32.

#[cfg(target_arch = "wasm32")]
mod app {
    use role_explainer::components::app::App as RoleExplainer;
    use role_explainer::model::config::RawConfig;
    use role_explainer::model::load::DatasetSource;
    use role_explainer::model::report::Report;
    use web_sys::{Element, ShadowRootInit, ShadowRootMode};
    use yew::prelude::*;

    /// The dataset, compiled into this app (the library's built-in datasets are fetched files
    /// in the wasm build, so an app passes its dataset's JSON text).
    const ROLES: &str = include_str!("../roles.json");

    /// The widget's stylesheet scopes its variables to a shadow host (`:host`), as the
    /// `<role-explainer>` element does: this renders `children` into an open shadow root with
    /// that stylesheet, through a Yew portal, so the host app's CSS and the widget's stay apart.
    #[derive(Properties, PartialEq)]
    pub struct ShadowProps {
        pub stylesheet: AttrValue,
        #[prop_or_default]
        pub theme: Option<AttrValue>,
        pub children: Html,
    }

    #[function_component]
    pub fn Shadow(props: &ShadowProps) -> Html {
        let host = use_node_ref();
        let root = use_state(|| None::<Element>);
        {
            let (host, root, stylesheet) = (host.clone(), root.clone(), props.stylesheet.clone());
            use_effect_with((), move |()| {
                let host = host.cast::<Element>().expect("the shadow host is rendered");
                let shadow = host
                    .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
                    .expect("a div accepts a shadow root");
                let document = host.owner_document().expect("in a document");
                let link = document.create_element("link").expect("link");
                let _ = link.set_attribute("rel", "stylesheet");
                let _ = link.set_attribute("href", &stylesheet);
                let target = document.create_element("div").expect("div");
                target.set_class_name("rx-root");
                let _ = shadow.append_child(&link);
                let _ = shadow.append_child(&target);
                root.set(Some(target));
            });
        }
        html! {
            <div ref={host} theme={props.theme.clone()}>
                { (*root).clone().map(|target| create_portal(props.children.clone(), target)) }
            </div>
        }
    }

    #[function_component]
    pub fn Main() -> Html {
        let verdict = use_state(String::new);
        let onreport = {
            let verdict = verdict.clone();
            Callback::from(move |report: Report| verdict.set(report.verdict.sentence))
        };
        let config = RawConfig {
            mode: Some("explore".into()),
            ..RawConfig::default()
        };
        html! {
            <main>
                <h1>{ "Who does what on our team" }</h1>
                <Shadow stylesheet="role-explainer.css">
                    <RoleExplainer source={DatasetSource::Json(ROLES.into())} {config} {onreport} />
                </Shadow>
                <p>{ "The host app heard: " }<output>{ (*verdict).clone() }</output></p>
            </main>
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<app::Main>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("in-a-yew-app is a web app: build it for wasm32 with `trunk serve` in examples/in-a-yew-app");
}
