//! Stratum V1 messages: JSON-RPC 1.0-style requests, notifications and responses.

use core::fmt;

use minewatch_pow::hex;
use serde_json::{Map, Value, json};
use thiserror::Error;

use super::job::Job;

/// A message that is not valid Stratum.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ProtoError {
    /// Not JSON, or not a JSON object.
    #[error("invalid JSON: {0}")]
    Json(String),
    /// Neither a request (`method`) nor a response (`result`/`error`).
    #[error("not a Stratum message: no method, result or error")]
    NotAMessage,
    /// An `id` that is neither a number, a string nor null.
    #[error("invalid id {0}")]
    Id(String),
    /// Parameters of the wrong shape for the method.
    #[error("invalid params for {method}: {reason}")]
    Params {
        /// The method.
        method: String,
        /// What was wrong.
        reason: String,
    },
    /// A result of the wrong shape.
    #[error("invalid result: {0}")]
    Result(String),
}

fn bad(method: &str, reason: impl Into<String>) -> ProtoError {
    ProtoError::Params {
        method: method.to_owned(),
        reason: reason.into(),
    }
}

/// A request id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Id {
    /// A number (what miners send).
    Num(u64),
    /// A string (some pools).
    Str(String),
}

impl Id {
    fn from_value(v: &Value) -> Result<Option<Self>, ProtoError> {
        match v {
            Value::Null => Ok(None),
            Value::Number(n) => n
                .as_u64()
                .map(|n| Some(Id::Num(n)))
                .ok_or_else(|| ProtoError::Id(n.to_string())),
            Value::String(s) => Ok(Some(Id::Str(s.clone()))),
            other => Err(ProtoError::Id(other.to_string())),
        }
    }

    fn to_value(id: Option<&Id>) -> Value {
        match id {
            None => Value::Null,
            Some(Id::Num(n)) => json!(n),
            Some(Id::Str(s)) => json!(s),
        }
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Id::Num(n) => write!(f, "{n}"),
            Id::Str(s) => write!(f, "{s:?}"),
        }
    }
}

/// Stratum's error codes (the de facto set from the original slush pool documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// 20: other or unknown error.
    Other,
    /// 21: job not found (stale share).
    JobNotFound,
    /// 22: duplicate share.
    DuplicateShare,
    /// 23: share above the target (low difficulty).
    LowDifficulty,
    /// 24: unauthorized worker.
    Unauthorized,
    /// 25: not subscribed.
    NotSubscribed,
}

impl ErrorCode {
    /// The numeric code.
    pub fn code(self) -> i64 {
        match self {
            Self::Other => 20,
            Self::JobNotFound => 21,
            Self::DuplicateShare => 22,
            Self::LowDifficulty => 23,
            Self::Unauthorized => 24,
            Self::NotSubscribed => 25,
        }
    }

    /// The conventional message.
    pub fn message(self) -> &'static str {
        match self {
            Self::Other => "Other/Unknown",
            Self::JobNotFound => "Job not found",
            Self::DuplicateShare => "Duplicate share",
            Self::LowDifficulty => "Low difficulty share",
            Self::Unauthorized => "Unauthorized worker",
            Self::NotSubscribed => "Not subscribed",
        }
    }

    /// The code for a number, if it is one of the standard ones.
    pub fn from_code(code: i64) -> Option<Self> {
        Some(match code {
            20 => Self::Other,
            21 => Self::JobNotFound,
            22 => Self::DuplicateShare,
            23 => Self::LowDifficulty,
            24 => Self::Unauthorized,
            25 => Self::NotSubscribed,
            _ => return None,
        })
    }
}

/// The `error` of a response: `[code, message, data]` on the wire.
#[derive(Debug, Clone, PartialEq)]
pub struct StratumError {
    /// The code (20 to 25 for the standard errors; pools use others too).
    pub code: i64,
    /// Human-readable message.
    pub message: String,
}

impl StratumError {
    /// A standard error with its conventional message.
    pub fn new(code: ErrorCode) -> Self {
        Self {
            code: code.code(),
            message: code.message().to_owned(),
        }
    }

    fn from_value(v: &Value) -> Result<Option<Self>, ProtoError> {
        match v {
            Value::Null => Ok(None),
            Value::Array(a) => {
                let code = a.first().and_then(Value::as_i64).ok_or_else(|| {
                    ProtoError::Result(format!("error without a numeric code: {v}"))
                })?;
                let message = a.get(1).and_then(Value::as_str).unwrap_or("").to_owned();
                Ok(Some(Self { code, message }))
            }
            // Some pools send JSON-RPC 2.0 style error objects.
            Value::Object(o) => {
                let code = o.get("code").and_then(Value::as_i64).ok_or_else(|| {
                    ProtoError::Result(format!("error without a numeric code: {v}"))
                })?;
                let message = o
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_owned();
                Ok(Some(Self { code, message }))
            }
            other => Err(ProtoError::Result(format!("invalid error {other}"))),
        }
    }
}

/// A share submission (`mining.submit`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submit {
    /// Worker name, as authorized.
    pub worker: String,
    /// The job it solves.
    pub job_id: String,
    /// The extranonce2 bytes the miner chose.
    pub extranonce2: Vec<u8>,
    /// The header time used.
    pub ntime: u32,
    /// The nonce.
    pub nonce: u32,
    /// Rolled version bits (BIP 310), when version rolling was negotiated.
    pub version_bits: Option<u32>,
}

/// A Stratum method call or notification with typed parameters.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Method {
    /// `mining.configure` (BIP 310): extension names and their parameters.
    Configure {
        /// e.g. `version-rolling`, `minimum-difficulty`.
        extensions: Vec<String>,
        /// e.g. `{"version-rolling.mask": "1fffe000"}`.
        params: Map<String, Value>,
    },
    /// `mining.subscribe`.
    Subscribe {
        /// Miner software and version.
        user_agent: Option<String>,
        /// Session to resume.
        session_id: Option<String>,
    },
    /// `mining.authorize`.
    Authorize {
        /// Worker name.
        username: String,
        /// Password (often ignored).
        password: String,
    },
    /// `mining.extranonce.subscribe`: the miner accepts `mining.set_extranonce`.
    ExtranonceSubscribe,
    /// `mining.suggest_difficulty`.
    SuggestDifficulty(f64),
    /// `mining.submit`.
    Submit(Submit),
    /// `mining.set_difficulty`: applies from the next job.
    SetDifficulty(f64),
    /// `mining.notify`: new work.
    Notify(Job),
    /// `mining.set_extranonce`.
    SetExtranonce {
        /// New extranonce1.
        extranonce1: Vec<u8>,
        /// New extranonce2 size.
        extranonce2_size: usize,
    },
    /// `mining.set_version_mask`.
    SetVersionMask(u32),
    /// `client.reconnect`: go to another host/port, optionally after a wait.
    Reconnect {
        /// Host (absent: the same).
        host: Option<String>,
        /// Port (absent: the same).
        port: Option<u16>,
        /// Seconds to wait first.
        wait_secs: Option<u64>,
    },
    /// `client.get_version`: the pool asks for the miner's version.
    GetVersion,
    /// `client.show_message`: text for the operator.
    ShowMessage(String),
    /// `mining.ping`.
    Ping,
    /// Any other method, kept as is.
    Unknown {
        /// Method name.
        method: String,
        /// Raw params.
        params: Value,
    },
}

impl Method {
    /// The wire name.
    pub fn name(&self) -> &str {
        match self {
            Self::Configure { .. } => "mining.configure",
            Self::Subscribe { .. } => "mining.subscribe",
            Self::Authorize { .. } => "mining.authorize",
            Self::ExtranonceSubscribe => "mining.extranonce.subscribe",
            Self::SuggestDifficulty(_) => "mining.suggest_difficulty",
            Self::Submit(_) => "mining.submit",
            Self::SetDifficulty(_) => "mining.set_difficulty",
            Self::Notify(_) => "mining.notify",
            Self::SetExtranonce { .. } => "mining.set_extranonce",
            Self::SetVersionMask(_) => "mining.set_version_mask",
            Self::Reconnect { .. } => "client.reconnect",
            Self::GetVersion => "client.get_version",
            Self::ShowMessage(_) => "client.show_message",
            Self::Ping => "mining.ping",
            Self::Unknown { method, .. } => method,
        }
    }

    fn params(&self) -> Value {
        match self {
            Self::Configure { extensions, params } => json!([extensions, params]),
            Self::Subscribe {
                user_agent,
                session_id,
            } => match (user_agent, session_id) {
                (None, None) => json!([]),
                (Some(a), None) => json!([a]),
                (a, Some(s)) => json!([a.as_deref().unwrap_or(""), s]),
            },
            Self::Authorize { username, password } => json!([username, password]),
            Self::ExtranonceSubscribe | Self::GetVersion | Self::Ping => json!([]),
            Self::SuggestDifficulty(d) | Self::SetDifficulty(d) => json!([d]),
            Self::Submit(s) => {
                let mut v = vec![
                    json!(s.worker),
                    json!(s.job_id),
                    json!(hex::encode(&s.extranonce2)),
                    json!(format!("{:08x}", s.ntime)),
                    json!(format!("{:08x}", s.nonce)),
                ];
                if let Some(vb) = s.version_bits {
                    v.push(json!(format!("{vb:08x}")));
                }
                Value::Array(v)
            }
            Self::Notify(j) => j.notify_params(),
            Self::SetExtranonce {
                extranonce1,
                extranonce2_size,
            } => {
                json!([hex::encode(extranonce1), extranonce2_size])
            }
            Self::SetVersionMask(m) => json!([format!("{m:08x}")]),
            Self::Reconnect {
                host,
                port,
                wait_secs,
            } => {
                let mut v = Vec::new();
                if host.is_some() || port.is_some() || wait_secs.is_some() {
                    v.push(json!(host.as_deref().unwrap_or("")));
                }
                if port.is_some() || wait_secs.is_some() {
                    v.push(port.map_or(Value::Null, |p| json!(p)));
                }
                if let Some(w) = wait_secs {
                    v.push(json!(w));
                }
                Value::Array(v)
            }
            Self::ShowMessage(m) => json!([m]),
            Self::Unknown { params, .. } => params.clone(),
        }
    }

    fn parse(method: &str, params: &Value) -> Result<Self, ProtoError> {
        let empty = Vec::new();
        let p: &Vec<Value> = match params {
            Value::Array(a) => a,
            Value::Null => &empty,
            _ if matches!(method, "mining.configure") => &empty,
            _ => {
                if is_known(method) {
                    return Err(bad(method, "params must be an array"));
                }
                return Ok(Self::Unknown {
                    method: method.to_owned(),
                    params: params.clone(),
                });
            }
        };
        let s = |i: usize| p.get(i).and_then(Value::as_str);
        let need_str = |i: usize, what: &str| {
            s(i).ok_or_else(|| bad(method, format!("param {i} ({what}) must be a string")))
        };
        let hex32 = |i: usize, what: &str| -> Result<u32, ProtoError> {
            let t = need_str(i, what)?;
            let b =
                hex::decode_array::<4>(t).map_err(|e| bad(method, format!("{what} {t:?}: {e}")))?;
            Ok(u32::from_be_bytes(b))
        };
        let diff = |i: usize| -> Result<f64, ProtoError> {
            let d = p
                .get(i)
                .and_then(Value::as_f64)
                .ok_or_else(|| bad(method, "difficulty must be a number"))?;
            if d.is_finite() && d > 0.0 {
                Ok(d)
            } else {
                Err(bad(method, format!("difficulty {d} must be positive")))
            }
        };
        Ok(match method {
            "mining.configure" => {
                let extensions = match p.first() {
                    Some(Value::Array(a)) => a
                        .iter()
                        .map(|e| {
                            e.as_str()
                                .map(str::to_owned)
                                .ok_or_else(|| bad(method, "extension names must be strings"))
                        })
                        .collect::<Result<_, _>>()?,
                    None => Vec::new(),
                    _ => return Err(bad(method, "param 0 must be a list of extensions")),
                };
                let params = match p.get(1) {
                    Some(Value::Object(o)) => o.clone(),
                    None | Some(Value::Null) => Map::new(),
                    _ => return Err(bad(method, "param 1 must be an object")),
                };
                Self::Configure { extensions, params }
            }
            "mining.subscribe" => Self::Subscribe {
                user_agent: s(0).filter(|a| !a.is_empty()).map(str::to_owned),
                session_id: s(1).filter(|a| !a.is_empty()).map(str::to_owned),
            },
            "mining.authorize" => Self::Authorize {
                username: need_str(0, "username")?.to_owned(),
                password: s(1).unwrap_or("").to_owned(),
            },
            "mining.extranonce.subscribe" => Self::ExtranonceSubscribe,
            "mining.suggest_difficulty" => Self::SuggestDifficulty(diff(0)?),
            "mining.set_difficulty" => Self::SetDifficulty(diff(0)?),
            "mining.submit" => {
                if p.len() < 5 {
                    return Err(bad(
                        method,
                        format!("expected 5 or 6 params, got {}", p.len()),
                    ));
                }
                let en2_hex = need_str(2, "extranonce2")?;
                let extranonce2 = hex::decode(en2_hex)
                    .map_err(|e| bad(method, format!("extranonce2 {en2_hex:?}: {e}")))?;
                Self::Submit(Submit {
                    worker: need_str(0, "worker")?.to_owned(),
                    job_id: need_str(1, "job id")?.to_owned(),
                    extranonce2,
                    ntime: hex32(3, "ntime")?,
                    nonce: hex32(4, "nonce")?,
                    version_bits: if p.len() > 5 {
                        Some(hex32(5, "version bits")?)
                    } else {
                        None
                    },
                })
            }
            "mining.notify" => {
                Self::Notify(Job::from_notify_params(p).map_err(|r| bad(method, r))?)
            }
            "mining.set_extranonce" => {
                let e1 = need_str(0, "extranonce1")?;
                let extranonce1 =
                    hex::decode(e1).map_err(|e| bad(method, format!("extranonce1 {e1:?}: {e}")))?;
                let size = p
                    .get(1)
                    .and_then(Value::as_u64)
                    .ok_or_else(|| bad(method, "extranonce2 size must be a number"))?;
                if size > 32 {
                    return Err(bad(method, format!("extranonce2 size {size} above 32")));
                }
                Self::SetExtranonce {
                    extranonce1,
                    extranonce2_size: size as usize,
                }
            }
            "mining.set_version_mask" => Self::SetVersionMask(hex32(0, "version mask")?),
            "client.reconnect" => Self::Reconnect {
                host: s(0).filter(|h| !h.is_empty()).map(str::to_owned),
                port: match p.get(1) {
                    None | Some(Value::Null) => None,
                    Some(v) => Some(
                        v.as_u64()
                            .or_else(|| v.as_str().and_then(|t| t.parse().ok()))
                            .and_then(|n| u16::try_from(n).ok())
                            .ok_or_else(|| bad(method, format!("invalid port {v}")))?,
                    ),
                },
                wait_secs: p.get(2).and_then(Value::as_u64),
            },
            "client.get_version" => Self::GetVersion,
            "client.show_message" => Self::ShowMessage(s(0).unwrap_or("").to_owned()),
            "mining.ping" => Self::Ping,
            other => Self::Unknown {
                method: other.to_owned(),
                params: params.clone(),
            },
        })
    }
}

fn is_known(method: &str) -> bool {
    matches!(
        method,
        "mining.subscribe"
            | "mining.authorize"
            | "mining.extranonce.subscribe"
            | "mining.suggest_difficulty"
            | "mining.submit"
            | "mining.set_difficulty"
            | "mining.notify"
            | "mining.set_extranonce"
            | "mining.set_version_mask"
            | "client.reconnect"
            | "client.get_version"
            | "client.show_message"
            | "mining.ping"
    )
}

/// One Stratum line.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// A call (with an id) or a notification (id null or absent).
    Request {
        /// The id, `None` for notifications.
        id: Option<Id>,
        /// The method and its parameters.
        method: Method,
    },
    /// A response to a call.
    Response {
        /// The call's id.
        id: Option<Id>,
        /// The result (`null` on error).
        result: Value,
        /// The error, if the call failed.
        error: Option<StratumError>,
    },
}

impl Message {
    /// Parses one line (without its newline).
    pub fn parse(line: &[u8]) -> Result<Self, ProtoError> {
        let v: Value = serde_json::from_slice(line).map_err(|e| ProtoError::Json(e.to_string()))?;
        let Value::Object(o) = v else {
            return Err(ProtoError::Json("expected a JSON object".to_owned()));
        };
        let id = Id::from_value(o.get("id").unwrap_or(&Value::Null))?;
        if let Some(m) = o.get("method") {
            let name = m.as_str().ok_or_else(|| ProtoError::Params {
                method: m.to_string(),
                reason: "method must be a string".to_owned(),
            })?;
            let method = Method::parse(name, o.get("params").unwrap_or(&Value::Null))?;
            return Ok(Self::Request { id, method });
        }
        if o.contains_key("result") || o.contains_key("error") {
            let error = StratumError::from_value(o.get("error").unwrap_or(&Value::Null))?;
            let result = o.get("result").cloned().unwrap_or(Value::Null);
            return Ok(Self::Response { id, result, error });
        }
        Err(ProtoError::NotAMessage)
    }

    /// The id of a line that did not parse as a message, when the line is a JSON object with
    /// a valid id: an error answer then carries it, so the client can match it to its call.
    pub fn id_of_invalid(line: &[u8]) -> Option<Id> {
        let v: Value = serde_json::from_slice(line).ok()?;
        Id::from_value(v.get("id")?).ok().flatten()
    }

    /// A call.
    pub fn request(id: u64, method: Method) -> Self {
        Self::Request {
            id: Some(Id::Num(id)),
            method,
        }
    }

    /// A notification (id null).
    pub fn notification(method: Method) -> Self {
        Self::Request { id: None, method }
    }

    /// A successful response.
    pub fn ok(id: Option<Id>, result: Value) -> Self {
        Self::Response {
            id,
            result,
            error: None,
        }
    }

    /// An error response.
    pub fn err(id: Option<Id>, error: StratumError) -> Self {
        Self::Response {
            id,
            result: Value::Null,
            error: Some(error),
        }
    }

    /// The JSON value.
    pub fn to_value(&self) -> Value {
        match self {
            Self::Request { id, method } => {
                json!({"id": Id::to_value(id.as_ref()), "method": method.name(), "params": method.params()})
            }
            Self::Response { id, result, error } => json!({
                "id": Id::to_value(id.as_ref()),
                "result": result,
                "error": error.as_ref().map_or(Value::Null, |e| json!([e.code, e.message, Value::Null])),
            }),
        }
    }

    /// The line to send, newline included.
    pub fn to_line(&self) -> String {
        let mut s = self.to_value().to_string();
        s.push('\n');
        s
    }
}

/// The result of `mining.subscribe`: `[[subscriptions], extranonce1, extranonce2_size]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscribeResult {
    /// `(method, subscription id)` pairs.
    pub subscriptions: Vec<(String, String)>,
    /// The connection's extranonce1.
    pub extranonce1: Vec<u8>,
    /// Bytes of extranonce2 the miner chooses.
    pub extranonce2_size: usize,
}

impl SubscribeResult {
    /// Parses a subscribe result.
    pub fn from_value(v: &Value) -> Result<Self, ProtoError> {
        let err = |r: &str| ProtoError::Result(format!("subscribe result: {r}"));
        let a = v.as_array().ok_or_else(|| err("not an array"))?;
        let mut subscriptions = Vec::new();
        match a.first() {
            Some(Value::Array(subs)) => {
                // Either [[method, id], ...] or a single [method, id].
                if subs.first().is_some_and(Value::is_string) {
                    if let (Some(m), Some(i)) = (
                        subs.first().and_then(Value::as_str),
                        subs.get(1).and_then(Value::as_str),
                    ) {
                        subscriptions.push((m.to_owned(), i.to_owned()));
                    }
                } else {
                    for s in subs {
                        if let (Some(m), Some(i)) = (
                            s.get(0).and_then(Value::as_str),
                            s.get(1).and_then(Value::as_str),
                        ) {
                            subscriptions.push((m.to_owned(), i.to_owned()));
                        }
                    }
                }
            }
            Some(Value::Null) | None => {}
            _ => return Err(err("subscriptions must be a list")),
        }
        let e1 = a
            .get(1)
            .and_then(Value::as_str)
            .ok_or_else(|| err("extranonce1 missing"))?;
        let extranonce1 = hex::decode(e1).map_err(|e| err(&format!("extranonce1 {e1:?}: {e}")))?;
        let size = a
            .get(2)
            .and_then(Value::as_u64)
            .ok_or_else(|| err("extranonce2 size missing"))?;
        if size > 32 {
            return Err(err(&format!("extranonce2 size {size} above 32")));
        }
        Ok(Self {
            subscriptions,
            extranonce1,
            extranonce2_size: size as usize,
        })
    }

    /// The result as sent by a pool.
    pub fn to_value(&self) -> Value {
        let subs: Vec<Value> = self
            .subscriptions
            .iter()
            .map(|(m, i)| json!([m, i]))
            .collect();
        json!([subs, hex::encode(&self.extranonce1), self.extranonce2_size])
    }
}

/// The version-rolling mask a pool granted in its `mining.configure` result, if it did.
pub fn configure_result_mask(v: &Value) -> Option<u32> {
    let o = v.as_object()?;
    if o.get("version-rolling").and_then(Value::as_bool) != Some(true) {
        return None;
    }
    let m = o.get("version-rolling.mask")?.as_str()?;
    hex::decode_array::<4>(m).ok().map(u32::from_be_bytes)
}
