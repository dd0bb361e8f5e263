import KPIFuzzing

FuzzDriver.main(.otopSales)
