# ChumchonKPI: the README's commands. `make demo` runs the main job on the bundled data,
# `make test` runs the tests; both install the Debian packages they need when missing.

DEBIAN_PACKAGES := pkg-config zlib1g-dev libcairo2-dev libpango1.0-dev fonts-thai-tlwg fonts-noto-core poppler-utils libreoffice-calc-nogui unzip python3-openpyxl
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
KPI := .build/release/kpi

.PHONY: demo test deps sample gallery dist docs lint format

## Installs the Debian packages that are not installed yet.
deps:
	@missing=""; \
	for package in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$package"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y $$missing; \
	fi

## The main job on the bundled data: the inspection briefing of zone 15 (เชียงใหม่ ลำปาง ลำพูน
## แม่ฮ่องสอน), with every figure also as PNG and SVG for slides.
demo: deps
	swift build -c release --product kpi
	mkdir -p out
	$(KPI) brief Datasets/sample/*.csv --zone 15 --output out/brief-zone15.pdf --images out/brief-zone15
	@echo "The briefing is out/brief-zone15.pdf; its figures are in out/brief-zone15/"

## The chart gallery of Charts/, drawn again from Datasets/sample (see scripts/gallery.sh).
gallery: deps
	swift build -c release --product kpi
	KPI=$(KPI) scripts/gallery.sh

## Every test of every module, then the release archive built and run away from the checkout, then
## the documentation built with its links checked.
test: deps lint
	swift test
	scripts/check-dist.sh
	$(MAKE) --no-print-directory docs

## Checks the style of every Swift file against .swift-format (120 columns); `make format` rewrites them to it.
SWIFT_FILES = $(shell git ls-files '*.swift')
lint:
	@swift format lint --strict --parallel $(SWIFT_FILES)

format:
	swift format format --in-place --parallel $(SWIFT_FILES)

## The release archive dist/kpi-VERSION-linux-ARCH.tar.gz, VERSION being ChumchonKPI.version (scripts/version.sh):
## a kpi that needs no Swift toolchain (the Swift runtime and Foundation linked in), the README and the
## licences (scripts/dist.sh).
dist: deps
	scripts/dist.sh

## The DocC documentation of KPICore and KPIChart, as static sites in docs/KPICore and docs/KPIChart;
## a link to a symbol or article that does not exist is an error.
docs: deps
	mkdir -p docs
	for target in KPICore KPIChart; do \
	  swift package --allow-writing-to-directory docs/$$target generate-documentation --target $$target \
	    --disable-indexing --transform-for-static-hosting --output-path docs/$$target --warnings-as-errors || exit 1; \
	done

## The synthetic sample data of Datasets/sample (see Datasets/README.md), made again from its seed.
sample: deps
	swift build -c release --product kpi
	$(KPI) generate --kind womens-fund --zone 5 --zone 12 --zone 15 --rows 45000 --seed 2568 --output Datasets/sample/womens-fund.csv
	$(KPI) generate --kind otop-sales --zone 5 --zone 12 --zone 15 --rows 20000 --seed 2568 --output Datasets/sample/otop-sales.csv
	$(KPI) generate --kind bmn --zone 5 --zone 12 --zone 15 --rows 15000 --seed 2568 --output Datasets/sample/bmn.csv
	$(KPI) generate --kind kkcj --zone 5 --zone 12 --zone 15 --rows 8000 --seed 2568 --output Datasets/sample/kkcj.csv
	$(KPI) generate --kind indicator-values --scale zone --zone 5 --zone 12 --zone 15 --seed 2568 --output Datasets/sample/indicator-values.csv
