import KPIFuzzing

FuzzDriver.main(.csvReader)
