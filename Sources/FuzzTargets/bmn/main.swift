import KPIFuzzing

FuzzDriver.main(.bmn)
