//! Difficulty retargeting (Bitcoin Core `src/pow.cpp`).

use crate::params::Params;
use crate::target::{CompactTarget, Target};

/// Whether a block at `height` starts a new retarget period and so may change `nBits`.
pub fn is_retarget_height(height: u32, params: &Params) -> bool {
    height.is_multiple_of(params.difficulty_adjustment_interval())
}

/// The height of the first block of the period that `new_height` (a retarget height) closes.
///
/// Bitcoin's original rule measures the period from its first block to its last, so it sees
/// only 2015 block intervals, not 2016: `first = new_height - 2016`, `last = new_height - 1`.
/// Consensus keeps this off-by-one.
pub fn period_first_height(new_height: u32, params: &Params) -> Option<u32> {
    new_height.checked_sub(params.difficulty_adjustment_interval())
}

/// The `nBits` required at a retarget boundary (Bitcoin Core: `CalculateNextWorkRequired`).
///
/// `last_bits` and `last_time` come from the last block of the closing period; `first_time`
/// from its first block. The timespan is clamped to a factor of four either way, the target is
/// scaled by it, capped at the pow limit and re-encoded (lossily) to compact form.
pub fn calculate_next_work_required(
    last_bits: CompactTarget,
    first_time: i64,
    last_time: i64,
    params: &Params,
) -> CompactTarget {
    if params.no_retargeting {
        return last_bits;
    }
    let timespan = params.pow_target_timespan;
    let actual = last_time
        .saturating_sub(first_time)
        .clamp(timespan / 4, timespan * 4);
    let target = scale(last_bits, actual, params);
    target.to_compact_lossy()
}

/// `SetCompact(bits) * timespan / nPowTargetTimespan`, capped at the pow limit. Core wraps
/// modulo 2^256 on overflow; we compute exactly and cap, which only differs for targets that
/// are far above any network's pow limit.
fn scale(bits: CompactTarget, timespan: i64, params: &Params) -> Target {
    let base = bits.decode().target.0;
    // `timespan` is clamped to a positive range by every caller.
    let t = u64::try_from(timespan).unwrap_or(0);
    let d = u64::try_from(params.pow_target_timespan).unwrap_or(1);
    match base.mul_div_u64(t, d) {
        Some(v) if Target(v) <= params.pow_limit => Target(v),
        _ => params.pow_limit,
    }
}

/// Whether `new_bits` at `height` is a possible successor of `old_bits` (Bitcoin Core:
/// `PermittedDifficultyTransition`, used to sanity-check headers without the period's first
/// block). Outside a retarget boundary the bits must not change.
pub fn permitted_difficulty_transition(
    params: &Params,
    height: u32,
    old_bits: CompactTarget,
    new_bits: CompactTarget,
) -> bool {
    if params.no_retargeting {
        // Regtest also allows minimum-difficulty blocks; anything goes.
        return true;
    }
    if is_retarget_height(height, params) {
        let ts = params.pow_target_timespan;
        let observed = new_bits.decode().target;
        let largest = scale(old_bits, ts * 4, params)
            .to_compact_lossy()
            .decode()
            .target;
        if largest < observed {
            return false;
        }
        let smallest = scale(old_bits, ts / 4, params)
            .to_compact_lossy()
            .decode()
            .target;
        if smallest > observed {
            return false;
        }
        true
    } else {
        old_bits == new_bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bitcoin Core `src/test/pow_tests.cpp`.
    #[test]
    fn core_pow_tests() {
        let p = Params::mainnet();
        // get_next_work
        assert_eq!(
            calculate_next_work_required(CompactTarget(0x1d00ffff), 1261130161, 1262152739, &p),
            CompactTarget(0x1d00d86a)
        );
        // get_next_work_pow_limit
        assert_eq!(
            calculate_next_work_required(CompactTarget(0x1d00ffff), 1231006505, 1233061996, &p),
            CompactTarget(0x1d00ffff)
        );
        // get_next_work_lower_limit_actual
        assert_eq!(
            calculate_next_work_required(CompactTarget(0x1c05a3f4), 1279008237, 1279297671, &p),
            CompactTarget(0x1c0168fd)
        );
        // get_next_work_upper_limit_actual
        assert_eq!(
            calculate_next_work_required(CompactTarget(0x1c387f6f), 1263163443, 1269211443, &p),
            CompactTarget(0x1d00e1fd)
        );
        assert!(permitted_difficulty_transition(
            &p,
            68544,
            CompactTarget(0x1c05a3f4),
            CompactTarget(0x1c0168fd)
        ));
        assert!(!permitted_difficulty_transition(
            &p,
            68544,
            CompactTarget(0x1c05a3f4),
            CompactTarget(0x1c0168fc)
        ));
        assert!(!permitted_difficulty_transition(
            &p,
            68545,
            CompactTarget(0x1c05a3f4),
            CompactTarget(0x1c05a3f5)
        ));
    }

    #[test]
    fn regtest_never_retargets_and_time_can_go_backwards() {
        let r = Params::regtest();
        assert_eq!(
            calculate_next_work_required(CompactTarget(0x207fffff), 0, 1, &r),
            CompactTarget(0x207fffff)
        );
        let p = Params::mainnet();
        // A negative timespan clamps to a quarter: difficulty rises fourfold at most.
        let b = calculate_next_work_required(CompactTarget(0x1c05a3f4), 1_000_000, 0, &p);
        assert_eq!(b, CompactTarget(0x1c0168fd));
        assert_eq!(period_first_height(4032, &p), Some(2016));
        assert_eq!(period_first_height(0, &p), None);
        assert!(is_retarget_height(0, &p) && is_retarget_height(2016, &p));
        assert!(!is_retarget_height(2015, &p));
    }
}
