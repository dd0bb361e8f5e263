import KPIFuzzing

FuzzDriver.main(.indicatorValues)
