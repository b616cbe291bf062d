pub mod model;
pub mod programmes;
