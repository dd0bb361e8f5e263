#!/usr/bin/env bash
# Draws the gallery of Charts/ from the synthetic sample data, each chart as PNG and SVG.
# Run through `make gallery` (which builds the release kpi first).
set -euo pipefail
cd "$(dirname "$0")/.."
kpi=${KPI:-.build/release/kpi}
data=Datasets/sample

# name | kpi chart arguments
charts=(
  "womens-fund-grouped-bars|$data/womens-fund.csv --indicator womens-fund.overdue-ratio --chart grouped-bars --zone 15"
  "womens-fund-trend|$data/womens-fund.csv --indicator womens-fund.overdue-ratio --chart trend --province 52"
  "womens-fund-ranking|$data/womens-fund.csv --indicator womens-fund.overdue-ratio --chart ranking --province 50"
  "womens-fund-scorecard|$data/womens-fund.csv --indicator womens-fund.overdue-ratio,womens-fund.outstanding --chart scorecard --zone 12"
  "otop-grouped-bars|$data/otop-sales.csv --indicator otop.sales --chart grouped-bars --zone 5"
  "otop-trend|$data/otop-sales.csv --indicator otop.sales --chart trend --zone 12 --windows 8"
  "otop-ranking|$data/otop-sales.csv --indicator otop.sales --chart ranking --zone 5 --level district"
  "otop-breakdown-category|$data/otop-sales.csv --indicator otop.sales.category --chart breakdown --zone 15"
  "otop-breakdown-channel-en|$data/otop-sales.csv --indicator otop.sales.channel --chart breakdown --province 50 --level province --lang en"
  "otop-scorecard|$data/otop-sales.csv --indicator all --chart scorecard --zone 15"
  "bmn-grouped-bars|$data/bmn.csv --indicator bmn.coverage --chart grouped-bars --zone 12"
  "bmn-trend|$data/bmn.csv --indicator bmn.pass-rate --chart trend --zone 5 --windows 8"
  "bmn-ranking-en|$data/bmn.csv --indicator bmn.pass-rate --chart ranking --zone 12 --level district --lang en"
  "bmn-scorecard-thai-digits|$data/bmn.csv --indicator all --chart scorecard --zone 5 --digits thai"
)

for chart in "${charts[@]}"; do
  name=${chart%%|*}
  read -r -a arguments <<< "${chart#*|}"
  for format in png svg; do
    "$kpi" chart "${arguments[@]}" --output "Charts/$name.$format"
  done
  echo "Charts/$name.png, .svg"
done
