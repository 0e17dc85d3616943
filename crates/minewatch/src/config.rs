//! `--config FILE` for `mine`, `pool`, `serve` and `watch`: a TOML file whose keys are the
//! subcommand's long flags (`pool = ["stratum+tcp://..."]`, `threads = 4`, `low-priority =
//! true`). Flags on the command line override the file; a key that names no flag is an error.
//!
//! The file is turned into flags placed before the command line's, so clap checks its values
//! exactly as it checks typed ones and its messages name the same flags.

use std::ffi::OsString;
use std::path::Path;

use anyhow::{Context as _, bail};
use clap::CommandFactory as _;
use clap::parser::ValueSource;

/// Subcommands that take `--config`.
pub(crate) const WITH_CONFIG: &[&str] = &["mine", "pool", "serve", "watch"];

/// `argv` with the settings of the subcommand's `--config` file inserted after the subcommand,
/// for every flag the command line does not give itself. `argv` unchanged when there is no
/// such file (or the command line does not parse: clap reports that afterwards).
pub(crate) fn expand(argv: Vec<OsString>) -> anyhow::Result<Vec<OsString>> {
    let cmd = crate::Cli::command();
    let Ok(matches) = cmd.clone().try_get_matches_from(&argv) else {
        return Ok(argv);
    };
    let Some((name, sub)) = matches.subcommand() else {
        return Ok(argv);
    };
    if !WITH_CONFIG.contains(&name) {
        return Ok(argv);
    }
    let Some(path) = sub.get_one::<std::path::PathBuf>("config") else {
        return Ok(argv);
    };
    let sub_cmd = cmd
        .find_subcommand(name)
        .expect("the subcommand that just parsed exists");
    let extra = flags_from_file(path, name, sub_cmd, |id| {
        sub.value_source(id) == Some(ValueSource::CommandLine)
    })?;
    // After the subcommand's name: the first argument that is not a global flag.
    let at = argv
        .iter()
        .skip(1)
        .position(|a| a.to_str() == Some(name))
        .map_or(argv.len(), |i| i + 2);
    let mut out = argv[..at].to_vec();
    out.extend(extra);
    out.extend_from_slice(&argv[at..]);
    Ok(out)
}

/// The flags `path` sets for subcommand `name`, leaving out those `on_command_line` says the
/// user typed.
fn flags_from_file(
    path: &Path,
    name: &str,
    cmd: &clap::Command,
    on_command_line: impl Fn(&str) -> bool,
) -> anyhow::Result<Vec<OsString>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read --config {}", path.display()))?;
    let table: toml::Table =
        toml::from_str(&text).with_context(|| format!("invalid --config {}", path.display()))?;
    let mut out = Vec::new();
    for (key, value) in &table {
        let arg = cmd
            .get_arguments()
            .find(|a| a.get_long() == Some(key.as_str()) && key != "config");
        let Some(arg) = arg else {
            let mut known: Vec<&str> = cmd
                .get_arguments()
                .filter(|a| !a.is_hide_set())
                .filter_map(clap::Arg::get_long)
                .filter(|l| *l != "config" && *l != "help")
                .collect();
            known.sort_unstable();
            bail!(
                "invalid --config {}: `{key}` is not a setting of `minewatch {name}` (settings are its long flags: {})",
                path.display(),
                known.join(", ")
            );
        };
        if on_command_line(arg.get_id().as_str()) {
            continue;
        }
        let flag = format!("--{key}");
        let bad =
            |what: &str| anyhow::anyhow!("invalid --config {}: `{key}` {what}", path.display());
        let takes_value = arg.get_action().takes_values();
        match value {
            toml::Value::Boolean(b) if !takes_value => {
                if *b {
                    out.push(flag.into());
                }
            }
            toml::Value::Array(items) => {
                for item in items {
                    out.push(flag.clone().into());
                    out.push(scalar(item).ok_or_else(|| bad("holds a list of lists or tables"))?);
                }
            }
            v if takes_value => {
                out.push(flag.into());
                out.push(scalar(v).ok_or_else(|| bad("must be a string, number or boolean"))?);
            }
            _ => return Err(bad("is a switch: expected true or false")),
        }
    }
    Ok(out)
}

fn scalar(v: &toml::Value) -> Option<OsString> {
    Some(match v {
        toml::Value::String(s) => s.into(),
        toml::Value::Integer(i) => i.to_string().into(),
        toml::Value::Float(f) => f.to_string().into(),
        toml::Value::Boolean(b) => b.to_string().into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<OsString> {
        v.iter().map(OsString::from).collect()
    }

    fn with_file(text: &str, argv: &[&str]) -> anyhow::Result<Vec<String>> {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("minewatch.toml");
        std::fs::write(&path, text).expect("written");
        let p = path.to_str().expect("utf-8");
        let argv: Vec<&str> = argv
            .iter()
            .map(|a| if *a == "FILE" { p } else { a })
            .collect();
        Ok(expand(args(&argv))?
            .into_iter()
            .map(|a| a.into_string().expect("utf-8"))
            .filter(|a| a != p)
            .collect())
    }

    #[test]
    fn the_file_fills_what_the_command_line_leaves_out() {
        let got = with_file(
            "pool = [\"stratum+tcp://a:1\", \"stratum+tcp://b:2\"]\nuser = \"rig1\"\nthreads = 3\nlow-priority = true\npin = false\n",
            &["minewatch", "-q", "mine", "--config", "FILE", "-u", "typed"],
        )
        .expect("expands");
        assert_eq!(
            got,
            [
                "minewatch",
                "-q",
                "mine",
                "--low-priority",
                "--pool",
                "stratum+tcp://a:1",
                "--pool",
                "stratum+tcp://b:2",
                "--threads",
                "3",
                "--config",
                "-u",
                "typed"
            ]
        );
    }

    #[test]
    fn unknown_keys_and_wrong_types_are_named() {
        let e = with_file("treads = 3\n", &["minewatch", "mine", "--config", "FILE"])
            .expect_err("refused")
            .to_string();
        assert!(
            e.contains("`treads` is not a setting of `minewatch mine`"),
            "{e}"
        );
        assert!(e.contains("threads"), "{e}");
        let e = with_file("pin = 3\n", &["minewatch", "mine", "--config", "FILE"])
            .expect_err("refused")
            .to_string();
        assert!(e.contains("`pin` is a switch"), "{e}");
    }
}
