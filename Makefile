# ChumchonKPI: the README's commands. `make demo` runs the main job on the bundled data,
# `make test` runs the tests; both install the Debian packages they need when missing.

DEBIAN_PACKAGES := pkg-config libcairo2-dev libpango1.0-dev fonts-thai-tlwg fonts-noto-core poppler-utils
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
KPI := .build/release/kpi

.PHONY: demo test deps

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

## The main job on the bundled data.
demo: deps
	swift build -c release --product kpi
	$(KPI) areas --zone 15
	$(KPI) windows --as-of 2024-06

## Every test of every module.
test: deps
	swift test
