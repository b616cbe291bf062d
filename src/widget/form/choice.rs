//! The values typed or picked for adjustable steps.

/// The value of an adjustable step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// A percentage within an "up to" range, as typed.
    Percent(String),
    /// Whether a bonus is earned.
    Bonus(bool),
    /// The id of the option picked (`none` for none).
    Pick(String),
}

impl Choice {
    /// The name of its kind in links: `percent`, `bonus` or `pick`.
    pub fn kind(&self) -> &'static str {
        match self {
            Choice::Percent(_) => "percent",
            Choice::Bonus(_) => "bonus",
            Choice::Pick(_) => "pick",
        }
    }

    /// Its value as written in links.
    pub fn value(&self) -> &str {
        match self {
            Choice::Percent(text) | Choice::Pick(text) => text,
            Choice::Bonus(true) => "true",
            Choice::Bonus(false) => "false",
        }
    }

    /// The choice of kind `kind` with `value` as written in links; `None`
    /// for an unknown kind or a bonus that is not `true`/`false`.
    pub fn parse(kind: &str, value: &str) -> Option<Choice> {
        match (kind, value) {
            ("percent", v) => Some(Choice::Percent(v.to_string())),
            ("bonus", "true") => Some(Choice::Bonus(true)),
            ("bonus", "false") => Some(Choice::Bonus(false)),
            ("pick", v) => Some(Choice::Pick(v.to_string())),
            _ => None,
        }
    }
}

/// The steps' values by step id. A step keeps one value of each kind, so a
/// tier where it is of another kind does not lose the first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Chosen(pub Vec<(String, Choice)>);

impl Chosen {
    /// Sets `step`'s value of `choice`'s kind.
    ///
    /// # Example
    /// ```
    /// use partner_calc::widget::form::{Choice, Chosen};
    /// let mut chosen = Chosen::default();
    /// chosen.set("plan".into(), Choice::Bonus(true));
    /// chosen.set("plan".into(), Choice::Percent("5".into()));
    /// assert_eq!((chosen.bonus("plan"), chosen.percent("plan")), (Some(true), Some("5")));
    /// ```
    pub fn set(&mut self, step: String, choice: Choice) {
        let same = |(s, c): &&mut (String, Choice)| *s == step && c.kind() == choice.kind();
        match self.0.iter_mut().find(same) {
            Some((_, c)) => *c = choice,
            None => self.0.push((step, choice)),
        }
    }

    /// The value of kind `kind` (`percent`, `bonus`, `pick`) of `step`.
    fn get(&self, kind: &str, step: &str) -> Option<&Choice> {
        self.0
            .iter()
            .find(|(s, c)| s == step && c.kind() == kind)
            .map(|(_, c)| c)
    }

    /// The percentage typed for `step`, if any.
    pub fn percent(&self, step: &str) -> Option<&str> {
        self.get("percent", step).map(Choice::value)
    }

    /// Whether the bonus `step` is earned (`None`: never set).
    pub fn bonus(&self, step: &str) -> Option<bool> {
        match self.get("bonus", step) {
            Some(Choice::Bonus(on)) => Some(*on),
            _ => None,
        }
    }

    /// The option picked for `step`, if any.
    pub fn pick(&self, step: &str) -> Option<&str> {
        self.get("pick", step).map(Choice::value)
    }
}
