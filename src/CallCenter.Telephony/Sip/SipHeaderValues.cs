namespace CallCenter.Telephony.Sip;

/// <summary>
/// The values of one header, in order, without allocating: a struct enumerable over the message's header list
/// for the transaction layer and the response builder, where <see cref="SipMessage.GetHeaders"/> (LINQ) cost two
/// iterator objects and a delegate per call.
/// </summary>
public readonly struct SipHeaderValues(List<SipHeader> headers, string canonicalName)
{
    public Enumerator GetEnumerator() => new(headers, canonicalName);

    public struct Enumerator(List<SipHeader> headers, string name)
    {
        private int _index = -1;

        public readonly string Current => headers[_index].Value;

        public bool MoveNext()
        {
            while (++_index < headers.Count)
            {
                if (string.Equals(headers[_index].Name, name, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }
    }
}
