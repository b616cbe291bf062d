//! Reads programmes a host supplies: a [`Host`] tree through the model's own
//! `Deserialize`, so the format is exactly that of `programmes/*.toml`
//! (amounts as JS numbers or decimal strings), with bounds against runaway
//! input and the path of the first thing that does not fit.

use super::host::{Host, HostError, Problem};
use crate::model::Programme;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::Deserialize;
use std::fmt;

/// The most programmes one option may carry.
pub const MAX_PROGRAMMES: usize = 20;
/// The most items any one list of a programme may have (tiers, products,
/// steps, rates, facts…).
pub const MAX_ITEMS: usize = 100;
/// The longest text, in characters.
pub const MAX_TEXT: usize = 2_000;

/// Reads the programmes of a list: each one read or refused by itself, its
/// refusal at `programmes[i]…`.
pub fn programmes(value: &Host) -> Result<Vec<Result<Programme, HostError>>, HostError> {
    let Host::List(items) = value else {
        return Err(HostError::new("programmes", Problem::NotList));
    };
    if items.len() > MAX_PROGRAMMES {
        return Err(HostError::new(
            "programmes",
            Problem::TooMany(MAX_PROGRAMMES),
        ));
    }
    Ok(items
        .iter()
        .enumerate()
        .map(|(i, item)| programme(item, &format!("programmes[{i}]")))
        .collect())
}

/// Reads one programme; a refusal names the member at `at` + its path.
///
/// # Errors
/// The first member of the wrong kind, missing, unknown or over a bound.
pub fn programme(value: &Host, at: &str) -> Result<Programme, HostError> {
    Programme::deserialize(Reader(value)).map_err(|e| e.into_host(at))
}

/// Why a value did not fit, and the path to it (innermost segment first).
#[derive(Debug)]
pub struct ReadError {
    path: Vec<String>,
    problem: Problem,
}

impl ReadError {
    fn new(problem: Problem) -> ReadError {
        ReadError {
            path: Vec::new(),
            problem,
        }
    }

    /// The error one level up: `segment` is the member or index it was in.
    fn within(mut self, segment: String) -> ReadError {
        self.path.push(segment);
        self
    }

    fn into_host(self, at: &str) -> HostError {
        let mut path = at.to_string();
        for segment in self.path.iter().rev() {
            if !segment.starts_with('[') && !path.is_empty() {
                path.push('.');
            }
            path.push_str(segment);
        }
        HostError::new(&path, self.problem)
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for ReadError {}

impl de::Error for ReadError {
    /// A value the type refuses (serde's own wording is not shown).
    fn custom<T: fmt::Display>(_: T) -> Self {
        ReadError::new(Problem::Invalid)
    }

    fn missing_field(field: &'static str) -> Self {
        ReadError::new(Problem::Missing).within(field.into())
    }

    fn unknown_field(field: &str, _: &'static [&'static str]) -> Self {
        ReadError::new(Problem::Unknown).within(field.into())
    }
}

/// A [`Host`] value as a serde `Deserializer`.
struct Reader<'a>(&'a Host);

impl Reader<'_> {
    /// The error for a value that is not `expected` (or too large to read).
    fn wrong(&self, expected: Problem) -> ReadError {
        match self.0 {
            Host::TooLarge => ReadError::new(Problem::TooLarge),
            _ => ReadError::new(expected),
        }
    }

    fn text(&self) -> Result<&str, ReadError> {
        match self.0 {
            Host::Text(t) if t.chars().count() > MAX_TEXT => {
                Err(ReadError::new(Problem::TooLong(MAX_TEXT)))
            }
            Host::Text(t) => Ok(t),
            _ => Err(self.wrong(Problem::NotText)),
        }
    }
}

impl<'de> de::Deserializer<'de> for Reader<'de> {
    type Error = ReadError;

    /// Only decimals ask for "any": a JS number or a decimal string.
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        let amount = self.0.amount("").map_err(|e| self.wrong(e.problem))?;
        visitor.visit_str(&amount.to_string())
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Host::Bool(b) => visitor.visit_bool(*b),
            _ => Err(self.wrong(Problem::NotBool)),
        }
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Host::Number(n) => match n.parse::<u32>() {
                Ok(n) => visitor.visit_u32(n),
                Err(_) => Err(ReadError::new(Problem::NotCount)),
            },
            _ => Err(self.wrong(Problem::NotCount)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_str(self.text()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Host::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        match self.0 {
            Host::List(items) if items.len() > MAX_ITEMS => {
                Err(ReadError::new(Problem::TooMany(MAX_ITEMS)))
            }
            Host::List(items) => visitor.visit_seq(Items {
                items: items.iter(),
                index: 0,
            }),
            _ => Err(self.wrong(Problem::NotList)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            Host::Object(members) => visitor.visit_map(Members(members.iter())),
            _ => Err(self.wrong(Problem::NotAnObject)),
        }
    }

    /// A unit variant as its name (`"rub"`), one with data as a one-member
    /// object (`{ "fixed": "30" }`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        match self.0 {
            Host::Text(name) => visitor.visit_enum(name.as_str().into_deserializer()),
            Host::Object(members) => match members.as_slice() {
                [(name, value)] => visitor
                    .visit_enum(Variant(name, value))
                    .map_err(|e| e.within(name.clone())),
                _ => Err(ReadError::new(Problem::Invalid)),
            },
            _ => Err(self.wrong(Problem::Invalid)),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ReadError> {
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u64 u128 f32 f64 char bytes byte_buf
        unit unit_struct tuple tuple_struct map
    }
}

/// The items of a list, each error naming its index.
struct Items<'a> {
    items: std::slice::Iter<'a, Host>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for Items<'de> {
    type Error = ReadError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, ReadError> {
        let Some(item) = self.items.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(Reader(item))
            .map(Some)
            .map_err(|e| e.within(format!("[{index}]")))
    }
}

/// The members of an object, each error naming its member.
struct Members<'a>(std::slice::Iter<'a, (String, Host)>);

impl<'de> de::MapAccess<'de> for Members<'de> {
    type Error = ReadError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, ReadError> {
        let Some((key, _)) = self.0.as_slice().first() else {
            return Ok(None);
        };
        seed.deserialize(key.as_str().into_deserializer()).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ReadError> {
        let Some((key, value)) = self.0.next() else {
            return Err(ReadError::new(Problem::Missing));
        };
        seed.deserialize(Reader(value))
            .map_err(|e| e.within(key.clone()))
    }
}

/// A variant with data: its name and its value.
struct Variant<'a>(&'a str, &'a Host);

impl<'de> de::EnumAccess<'de> for Variant<'de> {
    type Error = ReadError;
    type Variant = Reader<'de>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Reader<'de>), ReadError> {
        let name = seed.deserialize(self.0.into_deserializer())?;
        Ok((name, Reader(self.1)))
    }
}

impl<'de> de::VariantAccess<'de> for Reader<'de> {
    type Error = ReadError;

    fn unit_variant(self) -> Result<(), ReadError> {
        Err(ReadError::new(Problem::Invalid))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, ReadError> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, ReadError> {
        Err(ReadError::new(Problem::Invalid))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ReadError> {
        de::Deserializer::deserialize_struct(self, "", fields, visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;
    use crate::programmes::ALL;
    use crate::widget::Message;
    use serde_json::Value;

    fn host(value: &Value) -> Host {
        Host::from(value)
    }

    fn json(programme: &Programme) -> Value {
        serde_json::to_value(programme).expect("a programme serialises")
    }

    fn refusal(value: Value) -> String {
        programme(&host(&value), "programmes[0]")
            .map(|p| format!("read {}", p.id))
            .unwrap_or_else(|e| e.message(Lang::En))
    }

    #[test]
    fn every_bundled_programme_reads_back_equal() {
        for p in ALL {
            assert_eq!(programme(&host(&json(p)), "").as_ref(), Ok(p), "{}", p.id);
        }
    }

    #[test]
    fn amounts_may_be_js_numbers() {
        let p = &ALL[1];
        let i = p
            .tiers
            .iter()
            .position(|t| t.threshold.is_some())
            .expect("a threshold");
        let mut value = json(p);
        value["tiers"][i]["threshold"]["amount"] = serde_json::json!(1500000);
        let read = programme(&host(&value), "").expect("a number reads as an amount");
        let amount = read.tiers[i].threshold.as_ref().map(|t| t.amount.0);
        assert_eq!(amount, Some(rust_decimal::Decimal::from(1_500_000)));
    }

    #[test]
    fn a_refusal_names_the_path_of_the_member() {
        let mut value = json(&ALL[1]);
        value["tiers"][1]["threshold"]["amount"] = serde_json::json!("1e+21");
        assert_eq!(
            refusal(value),
            "«programmes[0].tiers[1].threshold.amount»: a number or a decimal string like \"1500.50\" is expected"
        );
        let mut value = json(&ALL[0]);
        value["tiers"][1].as_object_mut().map(|t| t.remove("id"));
        assert_eq!(refusal(value), "«programmes[0].tiers[1].id»: missing");
        let mut value = json(&ALL[0]);
        value["currency"] = serde_json::json!("usd");
        assert_eq!(
            refusal(value),
            "«programmes[0].currency»: a value the format does not allow"
        );
        let mut value = json(&ALL[0]);
        value["products"][0]["situations"][0]["steps"][0]["rates"][0]["rate"] =
            serde_json::json!({ "fixed": true });
        assert_eq!(
            refusal(value),
            "«programmes[0].products[0].situations[0].steps[0].rates[0].rate.fixed»: a number or a decimal string like \"1500.50\" is expected"
        );
        let mut value = json(&ALL[0]);
        value["tiers"] = serde_json::json!({});
        assert_eq!(refusal(value), "«programmes[0].tiers»: a list is expected");
    }

    #[test]
    fn bounds_hold_against_runaway_input() {
        let mut value = json(&ALL[0]);
        value["name"]["en"] = Value::String("x".repeat(MAX_TEXT + 1));
        assert_eq!(
            refusal(value),
            "«programmes[0].name.en»: at most 2000 characters"
        );
        let mut value = json(&ALL[0]);
        let tier = value["tiers"][0].clone();
        value["tiers"] = Value::Array(vec![tier; MAX_ITEMS + 1]);
        assert_eq!(refusal(value), "«programmes[0].tiers»: at most 100 items");
        let many = Host::List(vec![Host::Null; MAX_PROGRAMMES + 1]);
        assert_eq!(
            programmes(&many).unwrap_err().message(Lang::Ru),
            "«programmes»: не больше 20 элементов"
        );
        let mut value = host(&json(&ALL[0]));
        if let Host::Object(members) = &mut value {
            for (key, member) in members {
                if key == "id" {
                    *member = Host::TooLarge;
                }
            }
        }
        assert_eq!(
            programme(&value, "").unwrap_err().message(Lang::En),
            "«id»: too large a value"
        );
    }

    #[test]
    fn each_programme_of_a_list_is_read_by_itself() {
        let mut broken = json(&ALL[1]);
        broken["tiers"] = Value::Null;
        let list = Host::List(vec![host(&json(&ALL[0])), host(&broken)]);
        let read = programmes(&list).expect("a list");
        assert_eq!(read[0].as_ref().map(|p| &*p.id), Ok("directum"));
        assert_eq!(
            read[1].as_ref().unwrap_err().at,
            "programmes[1].tiers",
            "the second is refused at its own index"
        );
    }
}
