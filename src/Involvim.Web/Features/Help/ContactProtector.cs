using Involvim.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;

namespace Involvim.Web.Features.Help;

/// <summary>Encrypts requesters' contact details at rest (<see cref="PersonalDataProtector"/>).</summary>
public sealed class ContactProtector(IDataProtectionProvider provider) : PersonalDataProtector(provider, "Involvim.Help.Contact.v1");
