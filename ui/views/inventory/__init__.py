"""The Inventory tab: the device list, its filters, the device editor and the import wizard."""
