import KPIFuzzing

FuzzDriver.main(.kkcj)
