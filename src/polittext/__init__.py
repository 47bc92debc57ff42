"""polittext"""
