"""The administration workspace: what an administrator of the municipality manages in the app."""
