//! `cargo run --example prerender` (Trunk's post-build hook): the example is
//! thin; its logic (`examples/prerender/splice.rs`) is tested here, with the
//! app's own first screen (`ui::first_screen`, rendered natively).

#[path = "../examples/prerender/splice.rs"]
mod splice;

use partner_calc::ui::first_screen;

/// A stand-in for the renderer: names what it was asked for.
fn named(vendor: &str, uid: usize) -> String {
    format!("<p>{vendor} {uid}</p>")
}

#[test]
fn each_mount_point_gets_its_vendor_and_number_after_its_noscript() {
    let page = concat!(
        "<!doctype html><html><body><main><h1>Title</h1>",
        "<div data-partner-calc data-vendor=\"stakhanovets\">\n",
        "  <noscript>JS</noscript>\n</div>",
        "<p>between</p>",
        "<DIV class=x data-vendor='asoft' data-partner-calc></DIV>",
        "</main></body></html>"
    );
    let html = splice::splice(page, named).expect("spliced");
    assert_eq!(
        html,
        concat!(
            "<!doctype html><html><body><main><h1>Title</h1>",
            "<div data-partner-calc data-vendor=\"stakhanovets\" data-prerendered>\n",
            "  <noscript>JS</noscript>\n<p>stakhanovets 0</p></div>",
            "<p>between</p>",
            "<DIV class=x data-vendor='asoft' data-partner-calc data-prerendered><p>asoft 1</p></DIV>",
            "</main></body></html>"
        )
    );
}

#[test]
fn nested_elements_and_comments_do_not_end_a_mount_point_early() {
    let page = "<div data-partner-calc><!-- <div> --><div><divx></divx></div>\
                <section></section></div><div>after</div>";
    let html = splice::splice(page, named).expect("spliced");
    assert_eq!(
        html,
        "<div data-partner-calc data-prerendered><!-- <div> --><div><divx></divx></div>\
         <section></section><p> 0</p></div><div>after</div>"
    );
}

#[test]
fn a_page_without_a_mount_point_or_prerendered_already_is_refused() {
    let none = splice::splice("<div data-vendor=\"asoft\"></div>", named);
    assert_eq!(none, Err("no element with data-partner-calc".into()));
    let twice = splice::splice(
        "<div data-partner-calc data-prerendered><p>x</p></div>",
        named,
    );
    assert_eq!(twice, Err("mount point 0 is prerendered already".into()));
    let open = splice::splice("<div data-partner-calc><div></div>", named);
    assert_eq!(open, Err("mount point 0 is not closed".into()));
}

/// The widget as the app mounts it, rendered natively: the same root and
/// ids numbered by the mount point (the app numbers them the same way).
#[test]
fn the_first_screen_is_the_apps_calculator_with_the_mount_points_ids() {
    let first = first_screen("stakhanovets", 0);
    let root = &first[..first.find('>').expect("a start tag")];
    assert!(
        root.starts_with("<div ") && root.contains(" class=\"pc\""),
        "{first}"
    );
    assert!(first.contains("aria-labelledby=\"pc0-net\""), "{first}");
    assert!(first_screen("stakhanovets", 3).contains("\"pc3-net\""));
    let html = splice::splice(
        "<div data-partner-calc data-vendor=\"stakhanovets\"></div>",
        first_screen,
    )
    .expect("spliced");
    assert!(html.contains(&first), "{html}");
}

/// Every bundled programme's first screen renders natively (a web API
/// called while the view is built, or a task spawned then, panics here
/// before it fails the build's hook), and so does a mount point naming a
/// vendor that is not bundled.
#[test]
fn every_programmes_first_screen_renders_natively() {
    for programme in partner_calc::programmes::ALL.iter() {
        let html = first_screen(&programme.id, 0);
        assert!(html.contains("class=\"pc\""), "{}: {html}", programme.id);
    }
    assert!(first_screen("no-such-vendor", 1).contains("\"pc1-net\""));
}

/// The default quote's net price is in the first screen (Stakhanovets,
/// White, one licence at 100 000 ₽ less its 10 %).
#[test]
fn the_first_screen_holds_the_default_net_price() {
    let first = first_screen("stakhanovets", 0);
    let at = first
        .find("data-testid=\"net\"")
        .expect("a [data-testid=net] element");
    let text = first[at..]
        .split_once('>')
        .and_then(|(_, rest)| rest.split_once("</"))
        .map(|(text, _)| text.replace("<!>", "").replace('\u{a0}', " "))
        .unwrap_or_default();
    assert_eq!(text, "90 000,00 ₽");
}
