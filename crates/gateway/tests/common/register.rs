//! The test register: the vakt.toml every gateway test uses.

#![allow(dead_code)]

/// The register used by the tests: `intern` (own, level 3), `publik` (public, level 0, no
/// masking), `publik-maskad` (public, level 0, masking allowed), `annan-namnd` (another
/// authority's).
pub fn config_text(upstream: &str, server_extra: &str, data_dir: &str) -> String {
    format!(
        r#"
[server]
listen = "127.0.0.1:0"
{server_extra}

[storage]
url = "sqlite://{data_dir}/vakt.db"

[incidents]
webhook = "{upstream}/../hook"

[organisation]
name = "Testkommunen"
profile = "goteborg"

[[authorities]]
id = "sn-centrum"
name = "Socialnämnden Centrum"

[[authorities]]
id = "other"
name = "Annan nämnd"

[[systems]]
id = "intern"
name = "Intern AI"
kind = "own"
upstream = "{upstream}"
model = "upstream-model"
risk_assessed = true
risk_assessment_date = 2026-01-15
risk_assessment_by = "Informationssäkerhetssamordnaren"
max_level = 3
data_location = "eu_eea"
dpia_done = true
dpa_signed = true
allow_masked = true

[[systems]]
id = "publik"
name = "Publik chattjänst"
kind = "public"
upstream = "{upstream}"
model = "upstream-model"
risk_assessed = true
risk_assessment_date = 2026-01-15
risk_assessment_by = "Informationssäkerhetssamordnaren"
max_level = 0
allow_masked = false

[[systems]]
id = "publik-maskad"
name = "Publik chattjänst (maskerad)"
kind = "public"
upstream = "{upstream}"
model = "upstream-model"
risk_assessed = true
risk_assessment_date = 2026-01-15
risk_assessment_by = "Informationssäkerhetssamordnaren"
max_level = 1
allow_masked = true

[[systems]]
id = "annan-namnd"
name = "Annan nämnds AI"
kind = "own"
upstream = "{upstream}"
model = "upstream-model"
risk_assessed = true
risk_assessment_date = 2026-01-15
risk_assessment_by = "Informationssäkerhetssamordnaren"
max_level = 3
authorities = ["other"]
"#
    )
}
