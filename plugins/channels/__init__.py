from .channels import register

__all__ = ["register"]
