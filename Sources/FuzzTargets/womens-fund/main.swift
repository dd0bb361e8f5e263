import KPIFuzzing

FuzzDriver.main(.womensFund)
