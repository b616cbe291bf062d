//! The rules on synthetic programmes built in the tests (not the bundled
//! files), so that every rule binds, boundaries included, whatever the five
//! documents happen to contain: pricing (`pricing`), validation
//! (`validation`) and the widget's logic around the engine (`widget`). One
//! test binary, so that the mutation runs (scripts/mutants.sh) build it once.

#[path = "../support/mod.rs"]
mod support;

mod pricing;
mod typing;
mod validation;
mod widget;
mod widget_state;
