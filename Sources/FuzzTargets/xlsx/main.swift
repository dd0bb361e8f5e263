import KPIFuzzing

FuzzDriver.main(.xlsx)
